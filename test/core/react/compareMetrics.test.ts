import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { WhatIfMetric } from '../../../core/protocol/whatif';
import { compareMetrics } from '../../../core/react/backtest/compare';
import { metricOn } from '../../../core/react/backtest/metrics';
import { bootstrapInterval } from '../../../core/detect/performance/bootstrap';
import { seededRandom } from '../../../core/stats/seededRandom';

test('one bootstrap pass for every metric gives each metric the interval of its own bootstrap with the same seed', () => {
  const random = seededRandom(3);
  const n = 400;
  const labels = Float64Array.from({ length: n }, () => Number(random() < 0.3));
  const scoresBefore = Float64Array.from(labels, (y) => Math.min(0.99, Math.max(0.01, 0.3 + 0.3 * (y - 0.3) + 0.4 * (random() - 0.5))));
  const scoresAfter = scoresBefore.map((s) => Math.min(0.99, s * 0.9 + 0.05));
  const side = (scores: Float64Array, threshold: number) => ({ scores, decisions: scores.map((s) => Number(s >= threshold)) });
  const pooled = { labels, before: side(scoresBefore, 0.5), after: side(scoresAfter, 0.35) };
  const options = { level: 0.95, replicates: 300, seed: 11, costs: { falsePositive: 1, falseNegative: 4 } };
  const metrics: WhatIfMetric[] = ['accuracy', 'precision', 'recall', 'f1', 'brier', 'logLoss', 'expectedCost'];
  const joint = new Map(compareMetrics(metrics, pooled, options));
  for (const metric of metrics) {
    const on = (s: typeof pooled.before, idx: ArrayLike<number>) => metricOn(metric, s, labels, idx, options.costs);
    const alone = bootstrapInterval(n, (idx) => on(pooled.after, idx) - on(pooled.before, idx), options);
    assert.deepEqual(joint.get(metric)?.difference.interval, alone, metric);
    if (metric === 'f1' || metric === 'brier') assert.deepEqual(joint.get(metric)?.after.interval, bootstrapInterval(n, (idx) => on(pooled.after, idx), options), metric);
  }
});
