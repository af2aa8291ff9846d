import type { CostMatrix, WhatIfDifference, WhatIfMetric, WhatIfValue, WhatIfVerdict } from '../../protocol/whatif';
import type { Interval } from '../../protocol/performance';
import type { Side } from './metrics';
import { HIGHER_IS_BETTER, allRows, countsOn, metricFromCounts, metricOn } from './metrics';
import { wilsonInterval } from '../../detect/performance/wilson';
import { bootstrapIntervals } from '../../detect/performance/bootstrap';

export interface Pooled {
  labels: Float64Array;
  before: Side;
  after: Side;
}

export interface CompareOptions {
  level: number;
  replicates: number;
  seed: number;
  costs?: CostMatrix;
}

export interface Comparison {
  before: WhatIfValue;
  after: WhatIfValue;
  difference: WhatIfDifference;
}

/**
 * Before, after and after − before of each metric on the same labeled records. One bootstrap
 * pass serves every metric: each replicate resamples the records once and both sides and every
 * metric are computed on that resample, so the difference intervals are paired bootstraps and
 * each interval is the one a bootstrap of that statistic alone with the same seed gives.
 */
export function compareMetrics(metrics: readonly WhatIfMetric[], pooled: Pooled, options: CompareOptions): Array<[WhatIfMetric, Comparison]> {
  const n = pooled.labels.length;
  const rows = allRows(n);
  const point = (metric: WhatIfMetric, side: Side) => metricOn(metric, side, pooled.labels, rows, options.costs);
  const wilson = metrics.map((m) => [proportionInterval(m, pooled, pooled.before, options.level), proportionInterval(m, pooled, pooled.after, options.level)] as const);
  // Per metric three statistics: before, after, after − before (a side with a Wilson interval is still computed; its bootstrap is unused).
  const intervals = bootstrapIntervals(n, 3 * metrics.length, (idx, into) => {
    const sides = resampledSides(metrics, pooled, idx, options.costs);
    metrics.forEach((m, k) => {
      const before = sides.before(m);
      const after = sides.after(m);
      into[3 * k] = before;
      into[3 * k + 1] = after;
      into[3 * k + 2] = after - before;
    });
  }, options);
  return metrics.map((metric, k) => {
    const before = point(metric, pooled.before);
    const after = point(metric, pooled.after);
    const difference = after - before;
    const differenceInterval = intervals[3 * k + 2];
    const higherIsBetter = HIGHER_IS_BETTER[metric];
    const comparison: Comparison = {
      before: value(before, wilson[k][0] ?? intervals[3 * k]),
      after: value(after, wilson[k][1] ?? intervals[3 * k + 1]),
      difference: {
        ...value(difference, differenceInterval),
        higherIsBetter,
        verdict: Number.isFinite(difference) && differenceInterval ? verdictOf(differenceInterval, higherIsBetter) : null,
      },
    };
    return [metric, comparison];
  });
}

/** The metrics of both sides on one resample; the confusion counts of a side are counted once for every decision metric. */
function resampledSides(metrics: readonly WhatIfMetric[], pooled: Pooled, idx: Int32Array, costs: CostMatrix | undefined): { before: (m: WhatIfMetric) => number; after: (m: WhatIfMetric) => number } {
  const needsCounts = metrics.some((m) => m !== 'brier' && m !== 'logLoss');
  const side = (s: Side) => {
    const counts = needsCounts ? countsOn(s.decisions, pooled.labels, idx) : undefined;
    return (m: WhatIfMetric) => (m === 'brier' || m === 'logLoss' || !counts ? metricOn(m, s, pooled.labels, idx, costs) : metricFromCounts(m, counts, idx.length, costs));
  };
  return { before: side(pooled.before), after: side(pooled.after) };
}

/** Wilson for the metrics that are proportions of records; undefined for the others. */
function proportionInterval(metric: WhatIfMetric, pooled: Pooled, side: Side, level: number): Interval | null | undefined {
  if (metric !== 'accuracy' && metric !== 'precision' && metric !== 'recall') return undefined;
  const c = countsOn(side.decisions, pooled.labels, allRows(pooled.labels.length));
  if (metric === 'accuracy') return wilsonInterval(c.tp + c.tn, c.tp + c.fp + c.fn + c.tn, level);
  if (metric === 'precision') return wilsonInterval(c.tp, c.tp + c.fp, level);
  return wilsonInterval(c.tp, c.tp + c.fn, level);
}

function value(v: number, interval: Interval | null): WhatIfValue {
  return Number.isFinite(v) ? { value: v, interval } : { value: null, interval: null };
}

/** Decided only by whether the interval excludes 0; the point estimate plays no part. */
export function verdictOf(interval: Interval, higherIsBetter: boolean): WhatIfVerdict {
  if (interval.low > 0) return higherIsBetter ? 'helps' : 'hurts';
  if (interval.high < 0) return higherIsBetter ? 'hurts' : 'helps';
  return 'no clear change';
}
