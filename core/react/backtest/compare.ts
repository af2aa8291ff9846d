import type { CostMatrix, WhatIfDifference, WhatIfMetric, WhatIfValue, WhatIfVerdict } from '../../protocol/whatif';
import type { Interval } from '../../protocol/performance';
import type { Side } from './metrics';
import { HIGHER_IS_BETTER, allRows, countsOn, metricOn } from './metrics';
import { wilsonInterval } from '../../detect/performance/wilson';
import { bootstrapInterval } from '../../detect/performance/bootstrap';

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
 * Before, after and after − before on the same labeled records. Every bootstrap call gets the
 * same seed and size, so each replicate resamples the same records on both sides: the
 * difference interval is a paired bootstrap.
 */
export function compareMetric(metric: WhatIfMetric, pooled: Pooled, options: CompareOptions): Comparison {
  const n = pooled.labels.length;
  const rows = allRows(n);
  const on = (side: Side, idx: ArrayLike<number>) => metricOn(metric, side, pooled.labels, idx, options.costs);
  const boot = (statistic: (idx: Int32Array) => number) => bootstrapInterval(n, statistic, options);
  const before = on(pooled.before, rows);
  const after = on(pooled.after, rows);
  const difference = after - before;
  const differenceInterval = boot((idx) => on(pooled.after, idx) - on(pooled.before, idx));
  const higherIsBetter = HIGHER_IS_BETTER[metric];
  return {
    before: value(before, proportionInterval(metric, pooled, pooled.before, options.level) ?? boot((idx) => on(pooled.before, idx))),
    after: value(after, proportionInterval(metric, pooled, pooled.after, options.level) ?? boot((idx) => on(pooled.after, idx))),
    difference: {
      ...value(difference, differenceInterval),
      higherIsBetter,
      verdict: Number.isFinite(difference) && differenceInterval ? verdictOf(differenceInterval, higherIsBetter) : null,
    },
  };
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
