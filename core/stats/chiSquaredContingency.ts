import type { ChiSquaredResult } from './result';
import { chiSquaredSf } from './special/chiSquared';
import { assertCounts } from './validate';

/**
 * Pearson chi-squared test of homogeneity on the 2 x k table [reference; current] of counts on
 * shared bins (scipy.stats.chi2_contingency). Bins empty in both rows are dropped (scipy
 * would raise on their zero expected count) and said so in `note`. With `yates` (scipy's
 * default) the continuity correction applies only when dof = 1, and never moves a cell past its
 * expected value (scipy gh-13875).
 */
export function chiSquaredContingency(
  reference: ArrayLike<number>,
  current: ArrayLike<number>,
  options: { yates?: boolean } = {},
): ChiSquaredResult {
  assertCounts(reference, current);
  const rows = [[] as number[], [] as number[]];
  let dropped = 0;
  for (let i = 0; i < reference.length; i++) {
    if (reference[i] + current[i] === 0) dropped++;
    else {
      rows[0].push(reference[i]);
      rows[1].push(current[i]);
    }
  }
  const rowTotals = rows.map((r) => r.reduce((s, v) => s + v, 0));
  if (rowTotals[0] === 0 || rowTotals[1] === 0) throw new RangeError('chi2_contingency: a sample has no counts');
  const total = rowTotals[0] + rowTotals[1];
  const columns = rows[0].length;
  const dof = columns - 1;
  const yates = (options.yates ?? true) && dof === 1;
  const note = dropped > 0 ? `${dropped} bin(s) empty in both samples dropped` : undefined;
  if (dof === 0) return withNote({ method: 'chi2_contingency', statistic: 0, pValue: 1, dof, corrected: false }, note);
  let statistic = 0;
  for (let j = 0; j < columns; j++) {
    const columnTotal = rows[0][j] + rows[1][j];
    for (let r = 0; r < 2; r++) {
      const expected = (rowTotals[r] * columnTotal) / total;
      let diff = rows[r][j] - expected;
      if (yates) diff = Math.sign(diff) * Math.max(0, Math.abs(diff) - 0.5);
      statistic += (diff * diff) / expected;
    }
  }
  return withNote(
    { method: 'chi2_contingency', statistic, pValue: chiSquaredSf(statistic, dof), dof, corrected: yates },
    note,
  );
}

function withNote(result: ChiSquaredResult, note: string | undefined): ChiSquaredResult {
  return note ? { ...result, note } : result;
}
