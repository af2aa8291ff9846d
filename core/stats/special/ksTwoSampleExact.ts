/**
 * Exact null distribution of the two-sided two-sample Kolmogorov-Smirnov statistic, following
 * scipy.stats.ks_2samp: P(D >= h / lcm(m, n)) with h an integer.
 */
export function ksTwoSampleExactSf(m: number, n: number, h: number): number {
  if (h <= 0) return 1;
  return m === n ? outsideSquare(n, h) : outsideBand(m, n, h);
}

/**
 * Equal sizes: P = 2 Σ_k (−1)^(k+1) C(2n, n − kh) / C(2n, n), evaluated Horner-like from the
 * innermost term to avoid subtractive cancellation (scipy's _compute_prob_outside_square).
 */
function outsideSquare(n: number, h: number): number {
  let p = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let ratio = 1;
    for (let j = 0; j < h; j++) ratio = ((n - k * h - j) * ratio) / (n + k * h + j + 1);
    p = ratio * (1 - p);
  }
  return 2 * p;
}

/**
 * Unequal sizes: lattice paths from (0,0) to (m,n) that leave the band |x/m − y/n| < h/lcm.
 * Cells hold the proportion of paths that already left the band (Viehmann 2021,
 * arXiv:2102.08037, as in scipy's _compute_outer_prob_inside_method), so small p-values keep
 * their relative precision. Only the band of each column is touched: O(m · band).
 */
function outsideBand(m0: number, n0: number, h: number): number {
  const m = Math.max(m0, n0);
  const n = Math.min(m0, n0);
  const g = gcd(m, n);
  const mg = m / g;
  const ng = n / g;
  // Absolute row index; cells never inside a band so far stay at 1 (already outside).
  const column = new Float64Array(n + 1).fill(1);
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  column.fill(0, 0, maxj);
  for (let i = 1; i <= m; i++) {
    const minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let below = minj === 0 ? 0 : 1;
    for (let j = minj; j < maxj; j++) {
      below = (column[j] * i + below * j) / (i + j);
      column[j] = below;
    }
  }
  return column[maxj - 1];
}

export function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}
