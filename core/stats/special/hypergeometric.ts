/**
 * Hypergeometric probabilities P(X = x) for x in [lo, hi], X the number of successes in
 * `draws` draws without replacement from `total` items of which `successes` are successes.
 * Built by the pmf ratio recursion from the mode (weight 1) outwards and normalized at the
 * end: no factorials, no overflow, relative error ~1e-15 where the mass does not underflow.
 */
export interface HypergeometricPmf {
  lo: number;
  hi: number;
  /** pmf[x - lo] */
  pmf: Float64Array;
}

export function hypergeometricPmf(total: number, successes: number, draws: number): HypergeometricPmf {
  const lo = Math.max(0, draws - (total - successes));
  const hi = Math.min(draws, successes);
  const mode = Math.min(hi, Math.max(lo, Math.floor(((draws + 1) * (successes + 1)) / (total + 2))));
  const w = new Float64Array(hi - lo + 1);
  w[mode - lo] = 1;
  const failures = total - successes;
  for (let x = mode; x < hi; x++) {
    // P(x+1)/P(x) = (K − x)(n − x) / ((x + 1)(N − K − n + x + 1))
    w[x + 1 - lo] = (w[x - lo] * (successes - x) * (draws - x)) / ((x + 1) * (failures - draws + x + 1));
  }
  for (let x = mode; x > lo; x--) {
    w[x - 1 - lo] = (w[x - lo] * x * (failures - draws + x)) / ((successes - x + 1) * (draws - x + 1));
  }
  let sum = 0;
  for (let i = w.length - 1; i >= 0; i--) sum += w[i];
  for (let i = 0; i < w.length; i++) w[i] /= sum;
  return { lo, hi, pmf: w };
}
