import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ArqueroEngine } from '../../../core/engine/arqueroEngine';
import { fromDataFrame } from '../../../core/io/fromDataFrame';

const H = 3_600_000;
const D = 24 * H;
const t0 = Date.UTC(2024, 0, 1);

const engine = new ArqueroEngine(
  new Map([
    [
      'stage',
      fromDataFrame({
        ts: [new Date(t0 + H), new Date(t0 + 2 * H), new Date(t0 + 3 * H), new Date(t0 + D + H), new Date(t0 + D + 2 * H), null],
        x: [1, 2, null, 10, 20, 99],
        cat: ['a', 'b', 'a', null, 'c', 'a'],
      }),
    ],
  ]),
);

test('windowSummaries: per-day counts, nulls, distinct values and moments; untimed rows belong to no window', async () => {
  const windows = await engine.windowSummaries('stage', { time: 'ts', bucket: 'day', columns: ['x', 'cat'] });
  assert.deepEqual(windows.map((w) => [w.start, w.rows]), [[t0, 3], [t0 + D, 2]]);
  const [first, second] = windows;
  assert.deepEqual(first.columns.x, { valid: 2, nulls: 1, distinct: 2, mean: 1.5, std: Math.SQRT1_2, min: 1, max: 2, q10: 1.1, q50: 1.5, q90: 1.9 });
  assert.equal(second.columns.x.mean, 15);
  assert.deepEqual([first.columns.cat.valid, first.columns.cat.nulls, first.columns.cat.distinct, first.columns.cat.mean], [3, 0, 2, null]);
  assert.deepEqual([second.columns.cat.valid, second.columns.cat.nulls, second.columns.cat.distinct], [1, 1, 1]);
});

test('windowSummaries with no columns lists the windows', async () => {
  const windows = await engine.windowSummaries('stage', { time: 'ts', bucket: 'week', columns: [] });
  assert.deepEqual(windows, [{ start: t0, rows: 5, columns: {} }]);
});

test('windowedRangeCounts: values below lo and above hi per window, bounds inside', async () => {
  const counts = await engine.windowedRangeCounts('stage', { time: 'ts', bucket: 'day', column: 'x', lo: 2, hi: 10 });
  assert.deepEqual(counts, [
    { start: t0, valid: 2, below: 1, above: 0 },
    { start: t0 + D, valid: 2, below: 0, above: 1 },
  ]);
});

test('window requests name the column they cannot use', async () => {
  await assert.rejects(engine.windowedRangeCounts('stage', { time: 'ts', bucket: 'day', column: 'cat', lo: 0, hi: 1 }), /cat/);
  await assert.rejects(engine.windowSummaries('stage', { time: 'x', bucket: 'day', columns: [] }), /time column/);
});
