import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { BarTrace, ScatterTrace } from '../../../core/charts';
import type { SliceProfile } from '../../../core/protocol';
import { applyTheme, darkTheme, figureCsv, sliceProfileFeatureFigure, sliceProfileTimeFigure } from '../../../core/charts';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 5);

function profile(withTime = true): SliceProfile {
  return {
    kind: 'sliceProfile',
    version: 1,
    predicates: [{ feature: 'country', value: 'DE' }],
    rows: 100,
    sliceRows: 20,
    sliceError: 0.5,
    restError: 0.125,
    errorKind: 'binary',
    features: [{ name: 'country', kind: 'categorical', bins: ['DE', 'FR'], sliceRows: [20, 0], restRows: [30, 50], sliceError: [0.5, null], restError: [0.1, 0.14] }],
    ...(withTime
      ? {
          time: {
            column: 'ts',
            bucket: 'day' as const,
            starts: [T0, T0 + DAY],
            slice: { rows: [5, 15], error: [0.4, 0.2], low: [0.1, 0.05], high: [0.8, 0.45] },
            rest: { rows: [45, 0], error: [0.1, null], low: [0.04, null], high: [0.2, null] },
            rowsWithoutTime: 0,
          },
        }
      : {}),
  };
}

test('slice profile over time: error and interval band per side, the slice share of rows on the second axis', () => {
  const figure = sliceProfileTimeFigure(profile());
  assert.ok(figure);
  const traces = figure.data as ScatterTrace[];
  assert.deepEqual(
    traces.map((t) => t.name),
    ['slice 95% interval (low)', 'slice 95% interval', 'slice error', 'rest 95% interval (low)', 'rest 95% interval', 'rest error', 'share of rows in the slice'],
  );
  assert.deepEqual(traces[0].x, ['2026-01-05', '2026-01-06']);
  assert.deepEqual([traces[0].y, traces[1].y, traces[2].y], [[0.1, 0.05], [0.8, 0.45], [0.4, 0.2]]);
  assert.equal(traces[1].fill, 'tonexty');
  assert.deepEqual(traces[5].y, [0.1, null], 'a bucket without rest rows has no rest error');
  assert.deepEqual(traces[6].y, [0.1, 1]);
  assert.equal(traces[6].yaxis, 'y2');
  assert.equal(figure.layout.yaxis?.tickformat, '.0%');
  assert.match(figureCsv(figure), /\nslice error,2026-01-05,0\.4\n/);
  assert.equal(sliceProfileTimeFigure(profile(false)), undefined);
});

test('slice profile per feature: share of slice rows beside share of rest rows per bin, error per bin on hover', () => {
  const p = profile();
  const figure = sliceProfileFeatureFigure(p, p.features[0]);
  const [slice, rest] = figure.data as BarTrace[];
  assert.deepEqual([slice.name, rest.name], ['slice', 'rest']);
  assert.deepEqual(slice.x, ['DE', 'FR']);
  assert.deepEqual(slice.y, [1, 0]);
  assert.deepEqual(rest.y, [0.375, 0.625]);
  assert.deepEqual(slice.text, ['20 rows, error 50%', '0 rows, no rows']);
  assert.match(rest.text?.[0] ?? '', /^30 rows, error 10(\.0)?%$/);
  assert.equal(figure.layout.barmode, 'group');
  assert.equal(figure.layout.xaxis?.title?.text, 'country');
  const themed = applyTheme(figure, darkTheme);
  assert.equal(themed.layout.paper_bgcolor, darkTheme.surface);
  assert.match(figureCsv(figure), /\nrest,FR,0\.625\n/);
});
