import type { ZTestResult } from './result';
import { normalTwoSidedP } from './special/normal';

/**
 * Two-proportion z-test with pooled variance, two-sided (statsmodels proportions_ztest
 * convention, also Evidently's "z" test): z = (p1 − p2) / sqrt(P(1 − P)(1/n1 + 1/n2)).
 * When both samples are all successes or all failures the variance is 0: z = 0, p = 1.
 */
export function twoProportionZ(successes1: number, n1: number, successes2: number, n2: number): ZTestResult {
  if (!(n1 > 0 && n2 > 0)) throw new RangeError('proportions_ztest needs two non-empty samples');
  if (successes1 < 0 || successes1 > n1 || successes2 < 0 || successes2 > n2) {
    throw new RangeError('successes must lie between 0 and the sample size');
  }
  const p1 = successes1 / n1;
  const p2 = successes2 / n2;
  const pooled = (successes1 + successes2) / (n1 + n2);
  const variance = pooled * (1 - pooled) * (1 / n1 + 1 / n2);
  if (variance === 0) {
    return { method: 'proportions_ztest', statistic: 0, pValue: 1, p1, p2, note: 'no variation in either sample: p = 1' };
  }
  const z = (p1 - p2) / Math.sqrt(variance);
  return { method: 'proportions_ztest', statistic: z, pValue: normalTwoSidedP(z), p1, p2 };
}
