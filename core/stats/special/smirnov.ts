/**
 * Exact one-sided one-sample Kolmogorov-Smirnov survival function P(D+_n >= x), by the
 * Smirnov / Birnbaum-Tingey sum  x Σ_{v=0}^{⌊n(1−x)⌋} C(n,v) (x + v/n)^(v−1) (1 − x − v/n)^(n−v),
 * summed in log space. Terms are positive; the loop stops once they are negligible.
 */
export function smirnovSf(n: number, x: number): number {
  if (x >= 1) return 0;
  if (x <= 0) return 1;
  if (n === 1) return 1 - x;
  const last = Math.floor(n * (1 - x));
  let logBinom = 0;
  let sum = 0;
  let peak = -Infinity;
  for (let v = 0; v <= last; v++) {
    const a = x + v / n;
    const b = 1 - a;
    if (b > 0) {
      const logTerm = logBinom + (v - 1) * Math.log(a) + (n - v) * Math.log1p(-a);
      peak = Math.max(peak, logTerm);
      sum += Math.exp(logTerm);
      if (logTerm < peak - 40) break;
    }
    logBinom += Math.log((n - v) / (v + 1));
  }
  return Math.min(1, Math.max(0, x * sum));
}
