import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { BarTrace, ScatterTrace } from '../../../core/charts';
import { buildChart, distributionFigure, figureCsv } from '../../../core/charts';
import type { DistributionComparison } from '../../../core/protocol';
import { DAY, driftFixture, T0 } from './detectionFixtures';

test('drift.effects: effect sizes with interval error bars, drifted columns apart, the minimum as a line', () => {
  const figure = buildChart('drift.effects', driftFixture());
  assert.ok(figure);
  const [stable, drifted, minimum] = figure.data as ScatterTrace[];
  assert.equal(drifted.name, 'drifted');
  assert.deepEqual(drifted.x, ['amount']);
  assert.deepEqual(drifted.y, [0.3]);
  assert.deepEqual(drifted.error_y?.array.map((v) => Number(v.toFixed(2))), [0.08]);
  assert.deepEqual(drifted.error_y?.arrayminus.map((v) => Number(v.toFixed(2))), [0.08]);
  assert.notEqual(drifted.marker?.color, stable.marker?.color);
  assert.equal(stable.name, 'not drifted');
  assert.deepEqual(stable.x, ['country']);
  assert.deepEqual(stable.error_y?.arrayminus, [0.02]);
  assert.equal(minimum.name, 'minimum effect');
  assert.deepEqual(minimum.y, [0.1, 0.05], 'numbers and categories have their own minimum');
  assert.equal(minimum.line?.dash, 'dash');
  assert.match(figureCsv(figure), /\ndrifted,amount,0\.3\n/);
});

test('drift.effects: no trace for an empty group, nothing without columns', () => {
  const result = driftFixture();
  const none = { ...result, columns: result.columns.map((c) => ({ ...c, drifted: false })) };
  assert.deepEqual(buildChart('drift.effects', none)!.data.map((t) => t.name), ['not drifted', 'minimum effect']);
  assert.equal(buildChart('drift.effects', { ...result, columns: [] }), undefined);
});

test('distributionFigure: reference and current shares per bin, overlaid', () => {
  const d: DistributionComparison = {
    stage: 'ingest',
    column: 'country',
    kind: 'categorical',
    bins: ['US', 'DE', '(missing)'],
    reference: { start: T0, end: T0 + 7 * DAY, rows: 100, counts: [60, 30, 10] },
    current: { start: T0 + 7 * DAY, end: T0 + 8 * DAY, rows: 50, counts: [10, 35, 5] },
  };
  const figure = distributionFigure(d);
  const [reference, current] = figure.data as BarTrace[];
  assert.equal(figure.layout.barmode, 'overlay');
  assert.equal(reference.type, 'bar');
  assert.deepEqual(reference.x, ['US', 'DE', '(missing)']);
  assert.deepEqual(reference.y, [0.6, 0.3, 0.1]);
  assert.deepEqual(current.y, [0.2, 0.7, 0.1]);
  assert.match(reference.name, /^reference \(2024-01-01 – 2024-01-07, 100 rows\)$/);
  assert.match(current.name, /^current \(2024-01-08, 50 rows\)$/);
  assert.ok((reference.opacity ?? 1) < 1 && (current.opacity ?? 1) < 1, 'overlaid bars see through');
  const csv = figureCsv(figure).trimEnd().split('\n');
  assert.equal(csv.length, 1 + 6);
  assert.equal(csv[4], `"${current.name}",US,0.2`);
});
