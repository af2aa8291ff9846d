import type { DistanceResult } from './result';
import { cdfDistanceIntegral } from './cdfDistance';
import { assertSortedSample } from './validate';

/**
 * Energy distance between two ascending samples (scipy.stats.energy_distance, unweighted):
 * in one dimension it equals sqrt(2 ∫ (F_ref − F_cur)²) (Székely & Rizzo), so it costs one
 * merge walk, O(n1 + n2).
 */
export function energyDistance(reference: Float64Array, current: Float64Array): DistanceResult {
  assertSortedSample(reference, 'reference');
  assertSortedSample(current, 'current');
  return { method: 'energy_distance', statistic: Math.SQRT2 * Math.sqrt(cdfDistanceIntegral(reference, current, 2)) };
}
