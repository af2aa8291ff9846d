import type { WhatIfMetric } from '../../protocol/whatif';
import type { Interval } from '../../protocol/performance';
import type { Comparison, CompareOptions, Pooled } from '../backtest/compare';
import { HIGHER_IS_BETTER, allRows, countsOn, metricOn } from '../backtest/metrics';
import { verdictOf } from '../backtest/compare';
import { bootstrapInterval } from '../../detect/performance/bootstrap';
import { wilsonInterval } from '../../detect/performance/wilson';

export type DecisionMetric = Extract<WhatIfMetric, 'accuracy' | 'precision' | 'recall' | 'f1'>;

/**
 * Before on every labeled record, after on those left to the model (`kept`): review takes the
 * rest out of the automated metrics. Each replicate resamples all records once and measures
 * both sides on it, so the difference interval stays paired.
 */
export function compareRouted(metric: DecisionMetric, pooled: Pooled, kept: Uint8Array, options: CompareOptions): Comparison {
  const all = allRows(pooled.labels.length);
  const keptOf = (idx: ArrayLike<number>) => Int32Array.from(Array.prototype.filter.call(idx, (i: number) => kept[i] === 1) as number[]);
  const on = (side: Pooled['before'], idx: ArrayLike<number>) => metricOn(metric, side, pooled.labels, idx);
  const before = on(pooled.before, all);
  const after = on(pooled.after, keptOf(all));
  const interval = bootstrapInterval(all.length, (idx) => on(pooled.after, keptOf(idx)) - on(pooled.before, idx), options);
  const higherIsBetter = HIGHER_IS_BETTER[metric];
  const difference = after - before;
  const finite = (v: number) => (Number.isFinite(v) ? v : null);
  return {
    before: { value: finite(before), interval: finite(before) === null ? null : sideInterval(metric, pooled.before, pooled.labels, all, options) },
    after: { value: finite(after), interval: finite(after) === null ? null : sideInterval(metric, pooled.after, pooled.labels, keptOf(all), options) },
    difference: {
      value: finite(difference),
      interval: finite(difference) === null ? null : interval,
      higherIsBetter,
      verdict: Number.isFinite(difference) && interval ? verdictOf(interval, higherIsBetter) : null,
    },
  };
}

/** Wilson for the proportions; a percentile bootstrap over `rows` for F1. */
function sideInterval(metric: DecisionMetric, side: Pooled['before'], labels: Float64Array, rows: Int32Array, options: CompareOptions): Interval | null {
  const c = countsOn(side.decisions, labels, rows);
  if (metric === 'accuracy') return wilsonInterval(c.tp + c.tn, rows.length, options.level);
  if (metric === 'precision') return wilsonInterval(c.tp, c.tp + c.fp, options.level);
  if (metric === 'recall') return wilsonInterval(c.tp, c.tp + c.fn, options.level);
  return bootstrapInterval(rows.length, (idx) => metricOn('f1', side, labels, Int32Array.from(idx, (k) => rows[k])), options);
}
