import type { WhatIfMetric } from '../../protocol/whatif';
import type { Interval } from '../../protocol/performance';
import type { Comparison, CompareOptions } from '../backtest/compare';
import type { Side } from '../backtest/metrics';
import { HIGHER_IS_BETTER, allRows, countsOn, metricOn } from '../backtest/metrics';
import { verdictOf } from '../backtest/compare';
import { bootstrapInterval } from '../../detect/performance/bootstrap';
import { wilsonInterval } from '../../detect/performance/wilson';
import { seededRandom } from '../../stats/seededRandom';

/** Labeled records of one side with their labels. */
export interface Group {
  labels: Float64Array;
  side: Side;
}

/**
 * Before on one set of records, after on another (two time windows): each side resampled on
 * its own, so the difference interval is an unpaired bootstrap.
 */
export function unpairedComparison(metric: WhatIfMetric, before: Group, after: Group, options: CompareOptions): Comparison {
  const on = (g: Group, idx: ArrayLike<number>) => metricOn(metric, g.side, g.labels, idx, options.costs);
  const b = on(before, allRows(before.labels.length));
  const a = on(after, allRows(after.labels.length));
  const random = seededRandom(options.seed + 1);
  const resampleAfter = new Int32Array(after.labels.length);
  const differenceInterval = after.labels.length < 2 ? null : bootstrapInterval(before.labels.length, (idx) => {
    for (let i = 0; i < resampleAfter.length; i++) resampleAfter[i] = Math.floor(random() * resampleAfter.length);
    return on(after, resampleAfter) - on(before, idx);
  }, options);
  const higherIsBetter = HIGHER_IS_BETTER[metric];
  const difference = a - b;
  return {
    before: valueOf(b, intervalOf(metric, before, options)),
    after: valueOf(a, intervalOf(metric, after, options)),
    difference: {
      ...valueOf(difference, differenceInterval),
      higherIsBetter,
      verdict: Number.isFinite(difference) && differenceInterval ? verdictOf(differenceInterval, higherIsBetter) : null,
    },
  };
}

function intervalOf(metric: WhatIfMetric, g: Group, options: CompareOptions): Interval | null {
  const c = countsOn(g.side.decisions, g.labels, allRows(g.labels.length));
  if (metric === 'accuracy') return wilsonInterval(c.tp + c.tn, c.tp + c.fp + c.fn + c.tn, options.level);
  if (metric === 'precision') return wilsonInterval(c.tp, c.tp + c.fp, options.level);
  if (metric === 'recall') return wilsonInterval(c.tp, c.tp + c.fn, options.level);
  return bootstrapInterval(g.labels.length, (idx) => metricOn(metric, g.side, g.labels, idx, options.costs), options);
}

function valueOf<T>(v: number, interval: T | null): { value: number | null; interval: T | null } {
  return Number.isFinite(v) ? { value: v, interval } : { value: null, interval: null };
}
