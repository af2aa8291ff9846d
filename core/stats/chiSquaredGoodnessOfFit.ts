import type { ChiSquaredResult } from './result';
import { chiSquaredSf } from './special/chiSquared';
import { assertCounts } from './validate';

/**
 * Goodness-of-fit chi-squared of the current counts against the reference proportions taken as
 * exact: scipy.stats.chisquare(f_obs=current, f_exp=reference · n_cur/n_ref), dof = bins − 1.
 * This is Evidently's "chisquare" test, kept for comparison: it ignores the reference's own
 * sampling noise, so at equal sizes it rejects far more often than its level under no change;
 * prefer chiSquaredContingency. A current count in a bin the reference never saw makes the
 * statistic infinite and p = 0 (as scipy). Bins empty in both samples contribute nothing.
 */
export function chiSquaredGoodnessOfFit(reference: ArrayLike<number>, current: ArrayLike<number>): ChiSquaredResult {
  assertCounts(reference, current);
  let nRef = 0;
  let nCur = 0;
  for (let i = 0; i < reference.length; i++) {
    nRef += reference[i];
    nCur += current[i];
  }
  if (nRef === 0 || nCur === 0) throw new RangeError('chisquare: a sample has no counts');
  const scale = nCur / nRef;
  let statistic = 0;
  for (let i = 0; i < reference.length; i++) {
    const expected = reference[i] * scale;
    const diff = current[i] - expected;
    if (expected > 0) statistic += (diff * diff) / expected;
    else if (current[i] > 0) statistic = Infinity;
  }
  const dof = reference.length - 1;
  const note = 'reference proportions treated as exact (Evidently convention); prefer chi2_contingency';
  if (dof === 0) return { method: 'chisquare_gof', statistic, pValue: NaN, dof, note: `${note}; one bin: no test (NaN)` };
  const pValue = statistic === Infinity ? 0 : chiSquaredSf(statistic, dof);
  return { method: 'chisquare_gof', statistic, pValue, dof, note };
}
