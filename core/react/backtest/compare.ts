import type { CostMatrix, WhatIfDifference, WhatIfMetric, WhatIfValue, WhatIfVerdict } from '../../protocol/whatif';
import type { Interval } from '../../protocol/performance';
import type { Side } from './metrics';
import type { Counts } from './metrics';
import { HIGHER_IS_BETTER, allRows, countsOn, isCountMetric, metricFromCounts, metricOn } from './metrics';
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
  const codes = metrics.some(isCountMetric) ? outcomeCodes(pooled) : undefined;
  // Per metric three statistics: before, after, after − before (a side with a Wilson interval is still computed; its bootstrap is unused).
  const intervals = bootstrapIntervals(n, 3 * metrics.length, (idx, into) => {
    const sides = resampledSides(pooled, idx, options.costs, codes);
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

/**
 * Each record's outcome as one byte, label·4 + before·2 + after (each 1 or not), so a resample's
 * confusion counts on both sides come from one pass over a small array instead of two over
 * three large ones.
 */
function outcomeCodes(pooled: Pooled): Uint8Array {
  const { labels, before, after } = pooled;
  return Uint8Array.from(labels, (y, i) => (y === 1 ? 4 : 0) + (before.decisions[i] === 1 ? 2 : 0) + (after.decisions[i] === 1 ? 1 : 0));
}

/** The confusion counts of both sides over the resampled records `idx`. */
function resampledCounts(codes: Uint8Array, idx: Int32Array): { before: Counts; after: Counts } {
  const tally = new Float64Array(8);
  for (let k = 0; k < idx.length; k++) tally[codes[idx[k]]]++;
  const side = (bit: number): Counts => {
    const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
    for (let code = 0; code < 8; code++) {
      const positive = (code & bit) !== 0;
      if (code & 4) c[positive ? 'tp' : 'fn'] += tally[code];
      else c[positive ? 'fp' : 'tn'] += tally[code];
    }
    return c;
  };
  return { before: side(2), after: side(1) };
}

/** The metrics of both sides on one resample; decision metrics read the confusion counts, counted once per resample. */
function resampledSides(pooled: Pooled, idx: Int32Array, costs: CostMatrix | undefined, codes: Uint8Array | undefined): { before: (m: WhatIfMetric) => number; after: (m: WhatIfMetric) => number } {
  const counts = codes ? resampledCounts(codes, idx) : undefined;
  const side = (s: Side, c: Counts | undefined) => (m: WhatIfMetric) =>
    isCountMetric(m) && c ? metricFromCounts(m, c, idx.length, costs) : metricOn(m, s, pooled.labels, idx, costs);
  return { before: side(pooled.before, counts?.before), after: side(pooled.after, counts?.after) };
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
