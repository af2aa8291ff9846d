import type { CostMatrix, WhatIfDifference, WhatIfMetric, WhatIfValue, WhatIfVerdict } from '../../protocol/whatif';
import type { Interval } from '../../protocol/performance';
import type { Side } from './metrics';
import type { Counts, ScoreMetric } from './metrics';
import { HIGHER_IS_BETTER, allRows, countsOn, isCountMetric, metricFromCounts, metricOn, recordLoss } from './metrics';
import { wilsonInterval } from '../../detect/performance/wilson';
import { bootstrapIntervals } from '../../detect/performance/bootstrap';

export interface Pooled {
  labels: Float64Array;
  before: Side;
  after: Side;
  /**
   * 0 for a record the after side leaves out (routed to review: no automated decision), so
   * after is measured on the records it keeps; absent when it keeps every record.
   */
  kept?: Uint8Array;
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
 * each interval is the one a bootstrap of that statistic alone with the same seed gives (to the
 * last bits of a sum taken in another order for Brier and log loss).
 */
export function compareMetrics(metrics: readonly WhatIfMetric[], pooled: Pooled, options: CompareOptions): Array<[WhatIfMetric, Comparison]> {
  const n = pooled.labels.length;
  const rows = allRows(n);
  const keptRows = pooled.kept ? rows.filter((i) => pooled.kept![i] === 1) : rows;
  const point = (metric: WhatIfMetric, side: Side, on: Int32Array) => metricOn(metric, side, pooled.labels, on, options.costs);
  const wilson = metrics.map((m) => [proportionInterval(m, pooled, pooled.before, rows, options.level), proportionInterval(m, pooled, pooled.after, keptRows, options.level)] as const);
  const codes = metrics.some(isCountMetric) ? outcomeCodes(pooled) : undefined;
  const losses = lossTable(pooled, metrics.filter((m): m is ScoreMetric => !isCountMetric(m)));
  const times = new Int32Array(n);
  const keptTimes = pooled.kept ? new Int32Array(n) : times;
  // Per metric three statistics: before, after, after − before (a side with a Wilson interval is still computed; its bootstrap is unused).
  const intervals = bootstrapIntervals(n, 3 * metrics.length, (idx, into) => {
    timesDrawn(idx, times);
    if (pooled.kept) keepOnly(times, pooled.kept, keptTimes);
    const sides = resampledSides(times, keptTimes, options.costs, codes, losses);
    metrics.forEach((m, k) => {
      const before = sides.before(m);
      const after = sides.after(m);
      into[3 * k] = before;
      into[3 * k + 1] = after;
      into[3 * k + 2] = after - before;
    });
  }, options);
  return metrics.map((metric, k) => {
    const before = point(metric, pooled.before, rows);
    const after = point(metric, pooled.after, keptRows);
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

/**
 * How many times the resample drew each record. The sums below then read the records in order
 * instead of jumping through half a million of them at random, which was most of a what-if's time.
 */
function timesDrawn(idx: Int32Array, into: Int32Array): void {
  into.fill(0);
  for (let k = 0; k < idx.length; k++) into[idx[k]]++;
}

/** `times` with the records the after side leaves out drawn zero times. */
function keepOnly(times: Int32Array, kept: Uint8Array, into: Int32Array): void {
  for (let i = 0; i < times.length; i++) into[i] = kept[i] ? times[i] : 0;
}

/** Draws per outcome code over a resample (`times[i]` draws of record i). */
function tallyCodes(codes: Uint8Array, times: Int32Array): Float64Array {
  const tally = new Float64Array(8);
  for (let i = 0; i < times.length; i++) tally[codes[i]] += times[i];
  return tally;
}

/** One side's confusion counts from a tally of outcome codes; `bit` picks the side's decision out of the code. */
function countsOf(tally: Float64Array, bit: 1 | 2): Counts {
  const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (let code = 0; code < 8; code++) {
    const positive = (code & bit) !== 0;
    if (code & 4) c[positive ? 'tp' : 'fn'] += tally[code];
    else c[positive ? 'fp' : 'tn'] += tally[code];
  }
  return c;
}

/**
 * Every record's loss per score metric and side, side by side in one array (record i's terms at
 * i·stride), so a resample reads one stretch of memory per record.
 */
interface LossTable {
  metrics: ScoreMetric[];
  stride: number;
  values: Float64Array;
}

function lossTable(pooled: Pooled, metrics: ScoreMetric[]): LossTable {
  const stride = 2 * metrics.length;
  const values = new Float64Array(pooled.labels.length * stride);
  for (let i = 0; i < pooled.labels.length; i++) {
    metrics.forEach((m, j) => {
      values[i * stride + 2 * j] = recordLoss(m, pooled.before.scores[i], pooled.labels[i]);
      values[i * stride + 2 * j + 1] = recordLoss(m, pooled.after.scores[i], pooled.labels[i]);
    });
  }
  return { metrics, stride, values };
}

/** Sum of each loss term over the resample (`times[i]` draws of record i), before and after terms alike. */
function resampledLossSums(table: LossTable, times: Int32Array): Float64Array {
  const sums = new Float64Array(table.stride);
  const { stride, values } = table;
  for (let i = 0; i < times.length; i++) {
    const w = times[i];
    if (w === 0) continue;
    const at = i * stride;
    for (let j = 0; j < stride; j++) sums[j] += w * values[at + j];
  }
  return sums;
}

function total(times: Int32Array): number {
  let n = 0;
  for (let i = 0; i < times.length; i++) n += times[i];
  return n;
}

/** The metrics of both sides on one resample, from confusion counts and loss sums each computed once per resample. */
function resampledSides(times: Int32Array, keptTimes: Int32Array, costs: CostMatrix | undefined, codes: Uint8Array | undefined, losses: LossTable): { before: (m: WhatIfMetric) => number; after: (m: WhatIfMetric) => number } {
  const summarize = (drawnTimes: Int32Array) => ({
    drawn: total(drawnTimes),
    tally: codes ? tallyCodes(codes, drawnTimes) : undefined,
    sums: losses.metrics.length ? resampledLossSums(losses, drawnTimes) : undefined,
  });
  const all = summarize(times);
  // With every record kept both sides read the same draws: one pass serves both.
  const kept = keptTimes === times ? all : summarize(keptTimes);
  const side = (draws: ReturnType<typeof summarize>, bit: 1 | 2, offset: 0 | 1) => {
    const counts = draws.tally ? countsOf(draws.tally, bit) : undefined;
    return (m: WhatIfMetric): number => {
      if (isCountMetric(m)) return counts ? metricFromCounts(m, counts, draws.drawn, costs) : NaN;
      const j = losses.metrics.indexOf(m);
      return draws.sums && draws.drawn ? draws.sums[2 * j + offset] / draws.drawn : NaN;
    };
  };
  return { before: side(all, 2, 0), after: side(kept, 1, 1) };
}

/** Wilson for the metrics that are proportions of records; undefined for the others. */
function proportionInterval(metric: WhatIfMetric, pooled: Pooled, side: Side, rows: Int32Array, level: number): Interval | null | undefined {
  if (metric !== 'accuracy' && metric !== 'precision' && metric !== 'recall') return undefined;
  const c = countsOn(side.decisions, pooled.labels, rows);
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
