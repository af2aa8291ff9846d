/**
 * Benjamini-Hochberg adjusted p-values (step-up, as statsmodels' multipletests 'fdr_bh'):
 * p_(i) · m / i, made monotone from the largest down, capped at 1. Order of the input is kept.
 * Tied p-values share the adjusted value of the last of them, as in the step-up procedure.
 *
 * The p-values are sorted as a typed array and each one finds its rank by binary search: the
 * slice search adjusts 150k p-values, where sorting indices with a comparator took 40 ms.
 */
export function benjaminiHochberg(pValues: ArrayLike<number>): number[] {
  const m = pValues.length;
  const sorted = Float64Array.from(pValues).sort();
  const stepUp = new Float64Array(m);
  let running = 1;
  for (let rank = m; rank >= 1; rank--) {
    // NaN sorts last; it must not become every adjusted value through Math.min.
    if (!Number.isNaN(sorted[rank - 1])) running = Math.min(running, (sorted[rank - 1] * m) / rank);
    stepUp[rank - 1] = running;
  }
  return Array.from(pValues, (p) => (Number.isNaN(p) ? NaN : stepUp[lastAtMost(sorted, p)]));
}

/** Index of the last element of ascending `sorted` that is at most `value` (a number in it). */
function lastAtMost(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid] <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
