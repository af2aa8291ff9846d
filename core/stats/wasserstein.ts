import type { WassersteinResult } from './result';
import { cdfDistanceIntegral } from './cdfDistance';
import { NeumaierSum } from './neumaierSum';
import { assertSortedSample } from './validate';

/** Evidently divides by max(std, 0.001) so a constant reference does not divide by zero. */
export const STD_FLOOR = 0.001;

/**
 * First Wasserstein distance between two ascending samples (scipy.stats.wasserstein_distance,
 * unweighted): ∫ |F_ref − F_cur|. Also the reference population std (ddof 0) and the distance
 * divided by it, Evidently's drift score. O(n1 + n2).
 */
export function wasserstein(reference: Float64Array, current: Float64Array): WassersteinResult {
  assertSortedSample(reference, 'reference');
  assertSortedSample(current, 'current');
  const statistic = cdfDistanceIntegral(reference, current, 1);
  const referenceStd = populationStd(reference);
  const result: WassersteinResult = {
    method: 'wasserstein_distance',
    statistic,
    referenceStd,
    normalized: statistic / Math.max(referenceStd, STD_FLOOR),
  };
  if (referenceStd < STD_FLOOR) result.note = `reference std below ${STD_FLOOR}: normalized by ${STD_FLOOR}`;
  return result;
}

/** Two-pass population standard deviation (numpy.std, ddof 0). */
export function populationStd(values: Float64Array): number {
  const total = new NeumaierSum();
  for (let i = 0; i < values.length; i++) total.add(values[i]);
  const mean = total.value() / values.length;
  const squares = new NeumaierSum();
  for (let i = 0; i < values.length; i++) squares.add((values[i] - mean) ** 2);
  return Math.sqrt(squares.value() / values.length);
}
