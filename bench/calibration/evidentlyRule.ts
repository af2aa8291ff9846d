import { chiSquaredGoodnessOfFit, jensenShannon, ksTwoSample, twoProportionZ, wasserstein } from '../../core/stats';

/**
 * Evidently 0.4.x's default drift decision for one column, as ../shared/oracle/oracle.py
 * computes it (registry._get_default_stattest): up to 1000 reference rows a p-value test
 * (z-test for ≤ 2 values, goodness-of-fit chi-squared for categories, KS otherwise), above that
 * a fixed distance threshold (Jensen-Shannon ≥ 0.1 on categories, Wasserstein / SD ≥ 0.1).
 */
const SMALL = 1000;
const THRESHOLD = 0.1;
const LEVEL = 0.05;

/** Continuous numeric column (more than 5 distinct values), ascending samples. */
export function evidentlyNumericDrift(reference: Float64Array, current: Float64Array): boolean {
  if (reference.length <= SMALL) return ksTwoSample(reference, current).pValue <= LEVEL;
  return wasserstein(reference, current).normalized >= THRESHOLD;
}

/** Categorical column: counts on the union of categories (one bin per value, Evidently's binning). */
export function evidentlyCategoricalDrift(reference: number[], current: number[]): boolean {
  const nRef = reference.reduce((s, v) => s + v, 0);
  const seen = reference.map((r, i) => r + current[i]).filter((c) => c > 0).length;
  if (nRef > SMALL) {
    const keep = reference.map((r, i) => r + current[i] > 0);
    return jensenShannon(reference.filter((_, i) => keep[i]), current.filter((_, i) => keep[i])).statistic >= THRESHOLD;
  }
  if (seen <= 2) {
    const k = reference.findIndex((r, i) => r + current[i] > 0);
    const nCur = current.reduce((s, v) => s + v, 0);
    return twoProportionZ(reference[k], nRef, current[k], nCur).pValue < LEVEL;
  }
  return chiSquaredGoodnessOfFit(reference, current).pValue < LEVEL;
}
