import type { FisherExactResult } from './result';
import { hypergeometricPmf } from './special/hypergeometric';

/** scipy's tolerance: tables whose probability is within a factor 1 + 1e-14 count as extreme. */
const RELATIVE_TOLERANCE = 1 + 1e-14;

/**
 * Fisher's exact test, two-sided, on the 2x2 table [[a, b], [c, d]] (rows: reference, current;
 * columns: category, rest), as scipy.stats.fisher_exact: the p-value sums the hypergeometric
 * probabilities of all tables with the same margins that are no more likely than the observed
 * one. O(min(a + b, a + c)).
 */
export function fisherExact(a: number, b: number, c: number, d: number): FisherExactResult {
  for (const v of [a, b, c, d]) {
    if (!Number.isInteger(v) || v < 0) throw new RangeError(`fisher_exact needs non-negative integer counts, got ${v}`);
  }
  if (a + b === 0 || c + d === 0 || a + c === 0 || b + d === 0) {
    return { method: 'fisher_exact', statistic: NaN, oddsRatio: NaN, pValue: 1, note: 'a row or column is empty: p = 1' };
  }
  const oddsRatio = c > 0 && b > 0 ? (a * d) / (c * b) : Infinity;
  const { lo, pmf } = hypergeometricPmf(a + b + c + d, a + b, a + c);
  const threshold = pmf[a - lo] * RELATIVE_TOLERANCE;
  // Sum smallest first: the tails hold tiny terms.
  const extreme = Array.from(pmf).filter((p) => p <= threshold).sort((x, y) => x - y);
  const pValue = Math.min(1, extreme.reduce((s, p) => s + p, 0));
  return { method: 'fisher_exact', statistic: oddsRatio, oddsRatio, pValue };
}
