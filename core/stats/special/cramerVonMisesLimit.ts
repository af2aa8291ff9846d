import { besselKScaled } from './besselK';

/**
 * CDF of the limiting Cramér-von Mises distribution (Csörgő & Faraway 1996, eq. 1.2/1.3),
 * summed term by term until a term drops below 1e-7, exactly as scipy's _cdf_cvm_inf does, so
 * the truncation matches scipy's and p = 1 − cdf agrees with it to rounding.
 */
export function cramerVonMisesLimitCdf(x: number): number {
  let total = 0;
  // Γ(k + 1/2) / k!, by its recursion from Γ(1/2) = √π (no log-gamma rounding).
  let gammaRatio = Math.sqrt(Math.PI);
  for (let k = 0; ; k++) {
    if (k > 0) gammaRatio *= (k - 0.5) / k;
    const term = cvmTerm(x, k, gammaRatio);
    total += term;
    if (!(Math.abs(term) >= 1e-7)) break;
  }
  return total;
}

function cvmTerm(x: number, k: number, gammaRatio: number): number {
  const u = gammaRatio / (Math.PI ** 1.5 * Math.sqrt(x));
  const y = 4 * k + 1;
  const q = (y * y) / (16 * x);
  // exp(−q) K_{1/4}(q) = besselKScaled(1/4, q) · exp(−2q)
  return u * Math.sqrt(y) * besselKScaled(0.25, q) * Math.exp(-2 * q);
}
