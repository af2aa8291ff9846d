import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildChart, chartsFor, figureCsv } from '../../../core/charts';
import type { BarTrace, ScatterTrace } from '../../../core/charts';
import { difference, value, whatIfFixture } from './whatIfFixture';

test('the what-if charts are registered for what-if results', () => {
  assert.deepEqual(chartsFor('whatif'), ['whatif.overTime', 'whatif.bySlice', 'whatif.schedule']);
});

test('over time: before and after of the primary metric per window, gaps where undefined, labeled counts in the hover', () => {
  const figure = buildChart('whatif.overTime', whatIfFixture());
  assert.ok(figure);
  const [before, after] = figure.data as ScatterTrace[];
  assert.deepEqual(before.x, ['2024-01-02', '2024-01-03', '2024-01-04']);
  assert.deepEqual(before.y, [0.6, null, 0.62]);
  assert.deepEqual(after.y, [0.66, null, 0.7]);
  assert.deepEqual(after.text, ['600 labeled', '0 labeled', '1,200 labeled']);
  assert.match(after.name, /with the remediation/);
  assert.notEqual(before.line?.dash, after.line?.dash, 'the after line is drawn apart');
  assert.notEqual(before.line?.color, after.line?.color);
  assert.equal(before.connectgaps, false);
  assert.match(figureCsv(figure), /F1 as logged/);
});

test('over time: nothing to draw without a defined value', () => {
  const result = whatIfFixture({ overTime: [{ start: 0, end: 1, labeled: 0, before: {}, after: { f1: null } }] });
  assert.equal(buildChart('whatif.overTime', result), undefined);
  assert.equal(buildChart('whatif.overTime', whatIfFixture({ overTime: [] })), undefined);
});

test('by slice: differences sorted, intervals as error bars, one trace per verdict, zero line first', () => {
  const figure = buildChart('whatif.bySlice', whatIfFixture());
  assert.ok(figure);
  const traces = figure.data as ScatterTrace[];
  assert.deepEqual(traces[0].x, ['region = south', 'region = north', 'channel = web'], 'the zero line fixes the sorted order');
  assert.deepEqual(traces[0].y, [0, 0, 0]);
  assert.equal(traces[0].line?.width, 0, 'order only: the axis zero line marks no change');
  const byName = new Map(traces.map((t) => [t.name, t]));
  const helps = byName.get('helps');
  assert.ok(helps);
  assert.deepEqual(helps.x, ['region = south']);
  assert.deepEqual(helps.y, [0.12]);
  assert.ok(Math.abs((helps.error_y?.array[0] ?? 0) - 0.04) < 1e-12);
  assert.ok(Math.abs((helps.error_y?.arrayminus[0] ?? 0) - 0.04) < 1e-12);
  assert.deepEqual(byName.get('hurts')?.y, [-0.05]);
  assert.deepEqual(byName.get('no clear change')?.x, ['region = north']);
  assert.notEqual(helps.marker?.color, byName.get('hurts')?.marker?.color);
});

test('by slice: rows without a difference are left out; none left, nothing to draw', () => {
  const empty = { column: 'region', value: 'east', labeled: 0, before: value(null), after: value(null), difference: { ...value(null), higherIsBetter: true, verdict: null } };
  assert.equal(buildChart('whatif.bySlice', whatIfFixture({ bySlice: [empty] })), undefined);
  const figure = buildChart('whatif.bySlice', whatIfFixture({ bySlice: [...whatIfFixture().bySlice, empty] }));
  assert.equal((figure?.data[0] as ScatterTrace).x.length, 3);
});

test('schedule: the age curve with its band, else the change per policy; nothing without a replay', () => {
  assert.equal(buildChart('whatif.schedule', whatIfFixture()), undefined);
  const outcome = (days: number, v: number) => ({
    policy: { kind: 'every' as const, days },
    retrains: [1, 2],
    retrainCost: 2,
    metric: value(0.7),
    difference: difference(v, v - 0.01, v + 0.02, 'helps'),
    totalCost: null,
  });
  const schedule = {
    ageCurve: [
      { ageDays: 0, versions: 2, windows: 4, labeled: 400, change: value(0, -0.01, 0.01) },
      { ageDays: 7, versions: 2, windows: 4, labeled: 380, change: value(-0.03, -0.05, -0.01) },
    ],
    outcomes: [outcome(7, 0.02), outcome(14, 0.01)],
    labelLagDays: 2,
    ageUnitDays: 7,
  };
  const curve = buildChart('whatif.schedule', whatIfFixture({ schedule }));
  assert.ok(curve);
  const [low, high, line] = curve.data as ScatterTrace[];
  assert.deepEqual(line.x, [0, 7]);
  assert.deepEqual(line.y, [0, -0.03]);
  assert.deepEqual(low.y, [-0.01, -0.05]);
  assert.deepEqual(high.y, [0.01, -0.01]);
  const bars = buildChart('whatif.schedule', whatIfFixture({ schedule: { ...schedule, ageCurve: [] } }));
  const bar = bars?.data[0] as BarTrace;
  assert.deepEqual(bar.x, ['retrain every 7 days', 'retrain every 14 days']);
  assert.deepEqual(bar.y, [0.02, 0.01]);
  assert.ok(Math.abs((bar.error_y?.array[0] ?? 0) - 0.02) < 1e-12);
});

test('by slice: a lower-is-better metric sorts its largest decrease first and says so on the axis', () => {
  const row = (v: string, d: number) => ({ column: 'region', value: v, labeled: 10, before: value(0.2), after: value(0.2 + d), difference: difference(d, d - 0.01, d + 0.01, d < 0 ? 'helps' : 'hurts', false) });
  const result = whatIfFixture({ primary: 'brier', difference: { brier: difference(-0.01, -0.02, -0.005, 'helps', false) }, bySlice: [row('a', 0.03), row('b', -0.04)] });
  const figure = buildChart('whatif.bySlice', result);
  assert.deepEqual((figure?.data[0] as ScatterTrace).x, ['region = b', 'region = a']);
  assert.match(figure?.layout.yaxis?.title?.text ?? '', /Brier score change \(lower is better\)/);
});
