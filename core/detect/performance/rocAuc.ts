import type { Interval } from './types';
import { averageRanks } from './ranks';
import { twoSidedZ } from './normal';

/**
 * ROC AUC as the Mann-Whitney statistic on average ranks, which is what sklearn's trapezoidal
 * roc_auc_score gives with tied scores. NaN when only one class is present.
 */
export function rocAuc(scores: ArrayLike<number>, labels: ArrayLike<number>): number {
  return aucFromRanks(averageRanks(scores), labels);
}

export function aucFromRanks(ranks: ArrayLike<number>, labels: ArrayLike<number>): number {
  let positives = 0;
  let rankSum = 0;
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] === 1) {
      positives++;
      rankSum += ranks[i];
    }
  }
  const negatives = labels.length - positives;
  if (positives === 0 || negatives === 0) return NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/**
 * DeLong et al. (1988) interval, with the midrank computation of Sun & Xu (2014): the variance
 * of the AUC from its structural components, then a normal interval clipped to [0, 1].
 */
export function delongInterval(scores: ArrayLike<number>, labels: ArrayLike<number>, level: number): Interval | null {
  const positives: number[] = [];
  const negatives: number[] = [];
  for (let i = 0; i < labels.length; i++) (labels[i] === 1 ? positives : negatives).push(scores[i]);
  const m = positives.length;
  const n = negatives.length;
  if (m < 2 || n < 2) return null;
  const all = averageRanks([...positives, ...negatives]);
  const withinPositives = averageRanks(positives);
  const withinNegatives = averageRanks(negatives);
  const v10 = positives.map((_, i) => (all[i] - withinPositives[i]) / n);
  const v01 = negatives.map((_, j) => 1 - (all[m + j] - withinNegatives[j]) / m);
  const auc = mean(v10);
  const se = Math.sqrt(sampleVariance(v10) / m + sampleVariance(v01) / n);
  const z = twoSidedZ(level);
  return { low: Math.max(0, auc - z * se), high: Math.min(1, auc + z * se), level, method: 'delong' };
}

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function sampleVariance(values: number[]): number {
  const mu = mean(values);
  return values.reduce((sum, v) => sum + (v - mu) ** 2, 0) / (values.length - 1);
}
