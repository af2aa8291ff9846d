import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ArqueroEngine } from '../../../../core/engine/arqueroEngine';
import { fromDataFrame } from '../../../../core/io/fromDataFrame';
import type { Pipeline } from '../../../../core/io/pipeline';
import { pipelinePerformance } from '../../../../core/detect/performance/pipelinePerformance';
import { tableRowSource } from '../../../../core/detect/performance/tableRows';

const H = 3_600_000;
const D = 24 * H;
const t0 = Date.UTC(2024, 0, 1);

const predict = fromDataFrame({
  id: ['a', 'b', 'c', 'd', 'e', 'f', 'g'],
  ts: [t0 + H, t0 + 2 * H, t0 + 3 * H, t0 + 4 * H, t0 + D + H, t0 + D + 2 * H, t0 + D + 3 * H].map((t) => new Date(t)),
  score: [0.9, 0.2, 0.7, 0.4, 0.8, 0.3, 0.6],
  carrier: ['x', 'y', 'x', 'y', 'x', 'x', 'y'],
});
// b is labeled twice: its first label (by time) counts. e, f, g are never labeled.
const feedback = fromDataFrame({
  id: ['a', 'b', 'c', 'd', 'b'],
  outcome: ['late', 'ok', 'ok', 'late', 'late'],
  label_ts: [t0 + 3 * H, t0 + 12 * H, t0 + 5 * H, t0 + 14 * H, t0 + 20 * H].map((t) => new Date(t)),
});
const tables = new Map([
  ['predict', predict],
  ['feedback', feedback],
]);
const stage = (name: string, time: string) => ({ name, patterns: [], files: [], key: 'id', time, columnTypes: {} });
const pipeline: Pipeline = {
  name: 'flights',
  source: '/tmp/sightline.json',
  dir: '/tmp',
  inferred: false,
  guesses: [],
  stages: [stage('predict', 'ts'), stage('feedback', 'label_ts')],
  predictions: { stage: 'predict', score: 'score' },
  labels: { stage: 'feedback', column: 'outcome', time: 'label_ts', key: 'id' },
  reference: { kind: 'range', start: t0, end: t0 + D },
  engine: 'arquero',
};

test('pipelinePerformance joins labels by key, measures labeled days and estimates the unlabeled one', async () => {
  const result = await pipelinePerformance(pipeline, new ArqueroEngine(tables), tableRowSource(tables), {
    positiveLabel: 'late',
    subgroup: 'carrier',
    replicates: 100,
  });
  assert.equal(result.kind, 'performance');
  assert.equal(result.version, 1);
  assert.deepEqual(result.coverage, { total: 7, labeled: 4, coverage: 4 / 7 }, 'coverage from the engine labelJoin');
  const [day1, day2] = result.windows;
  assert.deepEqual([day1.start, day1.total, day1.labeled, day1.coverage], [t0, 4, 4, 1]);
  // Labels late, ok, ok, late against predictions 1, 0, 1, 0: accuracy 2 / 4.
  assert.equal(day1.observed.task, 'classification');
  if (day1.observed.task !== 'classification') return;
  assert.equal(day1.observed.accuracy.value, 0.5);
  // Lags 2h, 10h, 2h, 10h -> numpy quantiles 6h, 10h, 10h, max 10h.
  assert.deepEqual(day1.lagMs, { p50: 6 * H, p90: 10 * H, p99: 10 * H, max: 10 * H, count: 4 });
  assert.deepEqual([day2.total, day2.labeled, day2.coverage, day2.lagMs], [3, 0, 0, null]);
  assert.equal(day2.observed.task === 'classification' && day2.observed.accuracy.value, null);
  assert.deepEqual(
    day2.estimates.map((e) => [e.method, e.estimated]),
    [
      ['cbpe', true],
      ['subgroup-reweighting', true],
    ],
  );
  assert.deepEqual(day1.estimates, [], 'a fully labeled day is not estimated');
  assert.equal(result.settings.subgroupColumn, 'carrier');
  assert.deepEqual(JSON.parse(JSON.stringify(result)), result);
});

test('text labels without a positive label give a clear error naming the column', async () => {
  await assert.rejects(pipelinePerformance(pipeline, new ArqueroEngine(tables), tableRowSource(tables)), /column "outcome" is not 0\/1/);
});
