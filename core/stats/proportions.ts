/** Counts divided by their total. */
export function toProportions(counts: ArrayLike<number>): number[] {
  let total = 0;
  for (let i = 0; i < counts.length; i++) total += counts[i];
  if (!(total > 0)) throw new RangeError('a count vector with no counts has no proportions');
  return Array.from(counts, (c) => c / total);
}

/**
 * Evidently's zero replacement for PSI and KL (get_binned_data feel_zeroes): empty bins get
 * min_nonzero / 1e6 if the smallest non-zero proportion is <= 1e-4, else 1e-4. The vector is
 * not renormalized (scipy.stats.entropy renormalizes for KL; PSI uses it as is).
 */
export function fillZeroes(proportions: number[]): number[] {
  const smallest = Math.min(...proportions.filter((p) => p !== 0));
  const fill = smallest <= 1e-4 ? smallest / 1e6 : 1e-4;
  return proportions.map((p) => (p === 0 ? fill : p));
}
