import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { WhatIfMetric } from '../../../core/protocol/whatif';
import type { Interval } from '../../../core/protocol/performance';
import { compareMetrics } from '../../../core/react/backtest/compare';
import { metricOn } from '../../../core/react/backtest/metrics';
import { bootstrapInterval } from '../../../core/detect/performance/bootstrap';
import { seededRandom } from '../../../core/stats/seededRandom';

/**
 * Exactly equal for the metrics read from confusion counts; Brier and log loss sum each resample
 * as draws × record loss in record order rather than draw by draw, so they agree to rounding.
 */
function sameInterval(joint: Interval | null | undefined, alone: Interval | null, metric: WhatIfMetric): void {
  if (metric !== 'brier' && metric !== 'logLoss') return assert.deepEqual(joint, alone, metric);
  assert.ok(joint && alone, metric);
  assert.deepEqual({ ...joint, low: 0, high: 0 }, { ...alone, low: 0, high: 0 }, metric);
  assert.ok(Math.abs(joint.low - alone.low) <= 1e-12 && Math.abs(joint.high - alone.high) <= 1e-12, `${metric}: ${JSON.stringify(joint)} vs ${JSON.stringify(alone)}`);
}

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
    sameInterval(joint.get(metric)?.difference.interval, alone, metric);
    if (metric === 'f1' || metric === 'brier') sameInterval(joint.get(metric)?.after.interval, bootstrapInterval(n, (idx) => on(pooled.after, idx), options), metric);
  }
});
