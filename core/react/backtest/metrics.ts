import type { CostMatrix, WhatIfMetric } from '../../protocol/whatif';
import { LOG_LOSS_EPS } from '../../detect/performance/logLoss';
import { meanCost } from '../threshold/chooseThreshold';

/** One side (before or after) of the pooled out-of-sample labeled records. */
export interface Side {
  scores: Float64Array;
  decisions: Float64Array;
}

export const HIGHER_IS_BETTER: Readonly<Record<WhatIfMetric, boolean>> = {
  accuracy: true,
  precision: true,
  recall: true,
  f1: true,
  brier: false,
  logLoss: false,
  expectedCost: false,
};

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

/**
 * The metric over `rows` (indices into `labels`, repeats allowed as in a bootstrap resample);
 * NaN where undefined. A plain loop: it runs once per bootstrap replicate.
 */
export function metricOn(metric: WhatIfMetric, side: Side, labels: Float64Array, rows: ArrayLike<number>, costs?: CostMatrix): number {
  if (!isCountMetric(metric)) return scoreLoss(metric, side.scores, labels, rows);
  return metricFromCounts(metric, countsOn(side.decisions, labels, rows), rows.length, costs);
}

/** The metrics read from 0/1 decisions' confusion counts (the others from scores). */
export type CountMetric = Exclude<WhatIfMetric, 'brier' | 'logLoss'>;

export function isCountMetric(metric: WhatIfMetric): metric is CountMetric {
  return metric !== 'brier' && metric !== 'logLoss';
}

/** A decision metric from the confusion counts of `records` records; NaN where undefined. */
export function metricFromCounts(metric: CountMetric, c: Counts, records: number, costs?: CostMatrix): number {
  switch (metric) {
    case 'accuracy':
      return records ? (c.tp + c.tn) / records : NaN;
    case 'precision':
      return c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : NaN;
    case 'recall':
      return c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : NaN;
    case 'f1':
      return 2 * c.tp + c.fp + c.fn > 0 ? (2 * c.tp) / (2 * c.tp + c.fp + c.fn) : NaN;
    case 'expectedCost':
      return costs ? meanCost(costs, c.tp, c.fp, c.fn, c.tn) : NaN;
  }
}

export function countsOn(decisions: Float64Array, labels: Float64Array, rows: ArrayLike<number>): Counts {
  const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k];
    if (decisions[i] === 1) {
      if (labels[i] === 1) c.tp++;
      else c.fp++;
    } else if (labels[i] === 1) c.fn++;
    else c.tn++;
  }
  return c;
}

export type ScoreMetric = Exclude<WhatIfMetric, CountMetric>;

/** One record's Brier term, or its log loss with the score clipped to [eps, 1 - eps] as core/detect does. */
export function recordLoss(metric: ScoreMetric, score: number, y: number): number {
  if (metric === 'brier') return (score - y) ** 2;
  const p = Math.min(1 - LOG_LOSS_EPS, Math.max(LOG_LOSS_EPS, score));
  return -(y === 1 ? Math.log(p) : Math.log(1 - p));
}

/** Brier score or log loss: the mean record loss. */
function scoreLoss(metric: ScoreMetric, scores: Float64Array, labels: Float64Array, rows: ArrayLike<number>): number {
  let sum = 0;
  for (let k = 0; k < rows.length; k++) sum += recordLoss(metric, scores[rows[k]], labels[rows[k]]);
  return rows.length ? sum / rows.length : NaN;
}

export function allRows(n: number): Int32Array {
  const rows = new Int32Array(n);
  for (let i = 0; i < n; i++) rows[i] = i;
  return rows;
}
