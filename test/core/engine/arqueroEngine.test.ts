import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ArqueroEngine } from '../../../core/engine/arqueroEngine';
import { bucketStart } from '../../../core/engine/engine';
import { fromDataFrame } from '../../../core/io/fromDataFrame';

const H = 3_600_000;
const D = 24 * H;
const t0 = Date.UTC(2024, 0, 1); // a Monday

const predictions = fromDataFrame({
  id: ['a', 'b', 'c', 'd', 'e', 'f'],
  ts: [new Date(t0 + 1 * H), new Date(t0 + 5 * H), new Date(t0 + D + 2 * H), new Date(t0 + D + 3 * H), null, new Date(t0 + 8 * D)],
  score: [0.1, 0.9, null, 0.4, 0.5, 0.7],
  region: ['n', 's', 'n', null, 'n', 's'],
});
const feedback = fromDataFrame({
  id: ['a', 'b', 'b', 'd', 'zz'],
  late: [1, 0, 1, 1, 0],
  label_ts: [new Date(t0 + 3 * H), new Date(t0 + 29 * H), new Date(t0 + 40 * H), new Date(t0 + D + 5 * H), new Date(t0)],
});

const engine = new ArqueroEngine(new Map([['predict', predictions], ['feedback', feedback]]));

test('bucketStart floors to UTC hours, days and Monday-based weeks', () => {
  const wed = Date.UTC(2024, 0, 3, 15, 30);
  assert.equal(bucketStart(wed, 'hour'), Date.UTC(2024, 0, 3, 15));
  assert.equal(bucketStart(wed, 'day'), Date.UTC(2024, 0, 3));
  assert.equal(bucketStart(wed, 'week'), Date.UTC(2024, 0, 1));
  assert.equal(bucketStart(Date.UTC(2024, 0, 7, 23), 'week'), Date.UTC(2024, 0, 1), 'Sunday belongs to the week that began Monday');
});

test('profile counts nulls, distinct categories and ranges', async () => {
  const profile = await engine.profile('predict');
  const byName = Object.fromEntries(profile.map((p) => [p.name, p]));
  assert.deepEqual([byName.score.nullCount, byName.score.min, byName.score.max], [1, 0.1, 0.9]);
  assert.deepEqual([byName.region.nullCount, byName.region.distinct], [1, 2]);
  assert.equal(byName.ts.type, 'time');
  assert.equal(byName.ts.max, t0 + 8 * D);
});

test('groupAggregate by day matches a hand count', async () => {
  const rows = await engine.groupAggregate('predict', {
    by: [{ column: 'ts', bucket: 'day' }],
    aggregates: { n: { op: 'count' }, nullScores: { op: 'nullCount', column: 'score' }, mean: { op: 'mean', column: 'score' } },
  });
  const byDay = new Map(rows.map((r) => [r.keys.ts, r.values]));
  assert.deepEqual(byDay.get(t0), { n: 2, nullScores: 0, mean: 0.5 });
  assert.deepEqual(byDay.get(t0 + D), { n: 2, nullScores: 1, mean: 0.4 });
  assert.deepEqual(byDay.get(t0 + 8 * D), { n: 1, nullScores: 0, mean: 0.7 });
  assert.deepEqual(byDay.get(null), { n: 1, nullScores: 0, mean: 0.5 }, 'rows without a time form their own group');
});

test('valueCounts and sortedValues', async () => {
  assert.deepEqual(await engine.valueCounts('predict', 'region'), [
    { value: 'n', count: 3 },
    { value: 's', count: 2 },
    { value: null, count: 1 },
  ]);
  assert.deepEqual([...(await engine.sortedValues('predict', 'score'))], [0.1, 0.4, 0.5, 0.7, 0.9]);
});

test('labelJoin: first label per key, coverage and lag overall and per day', async () => {
  const stats = await engine.labelJoin({
    predictions: { stage: 'predict', key: 'id', time: 'ts' },
    labels: { stage: 'feedback', key: 'id', column: 'late', time: 'label_ts' },
    bucket: 'day',
  });
  // a: lag 2h; b: first label at 29h for a 5h prediction -> 24h; d: 2h; c, e, f unlabeled.
  assert.equal(stats.total, 6);
  assert.equal(stats.labeled, 3);
  assert.deepEqual(stats.lag, { p50: 2 * H, p90: 2 * H + 0.8 * 22 * H, p99: 2 * H + 0.98 * 22 * H, max: 24 * H });
  assert.deepEqual(stats.buckets, [
    { start: t0, total: 2, labeled: 2, medianLagMs: 13 * H },
    { start: t0 + D, total: 2, labeled: 1, medianLagMs: 2 * H },
    { start: t0 + 8 * D, total: 1, labeled: 0, medianLagMs: null },
  ]);
});

test('unknown stages and columns, and wrong column types, are input errors that name them', async () => {
  await assert.rejects(engine.rowCount('nope'), /no stage named "nope"/);
  await assert.rejects(engine.histogram('predict', 'nope', [0, 1]), /stage "predict" has no column "nope" \(columns: id, ts, score, region\)/);
  await assert.rejects(engine.histogram('predict', 'region', [0, 1]), /column "region" is category, expected a numeric or time column/);
});

test('timeSlice keeps [start, end) rows; sampleRows draws distinct rows, columns aligned, seeded', async () => {
  const times = Float64Array.from({ length: 50 }, (_, i) => (i === 7 ? NaN : i * 10));
  const engine = new ArqueroEngine(new Map([['s', {
    rowCount: 50,
    reports: [],
    columns: [
      { type: 'time' as const, name: 't', values: times },
      { type: 'number' as const, name: 'x', values: Float64Array.from({ length: 50 }, (_, i) => i) },
      { type: 'category' as const, name: 'c', codes: Int32Array.from({ length: 50 }, (_, i) => i % 3), dictionary: ['a', 'b', 'c'] },
    ],
  }]]));
  const slice = await engine.timeSlice('s', { time: 't', start: 30, end: 100 });
  assert.deepEqual(Array.from(await engine.sortedValues(slice, 'x')), [3, 4, 5, 6, 8, 9]);
  assert.deepEqual(engine.stageNames(), ['s']);
  const sample = await engine.sampleRows('s', { columns: ['x', 'c'], size: 20, seed: 3 });
  assert.equal(sample.rows, 20);
  assert.equal(sample.population, 50);
  const [x, c] = sample.columns;
  assert.ok(x.type === 'number' && c.type === 'category');
  assert.equal(new Set(x.values).size, 20);
  for (let i = 0; i < 20; i++) assert.equal(c.codes[i], x.values[i] % 3, 'rows stay aligned across columns');
  assert.deepEqual(await engine.sampleRows('s', { columns: ['x'], size: 20, seed: 3 }).then((s) => s.columns[0]), x);
  assert.equal((await engine.sampleRows('s', { columns: ['x'], size: 500, seed: 3 })).rows, 50);
});
