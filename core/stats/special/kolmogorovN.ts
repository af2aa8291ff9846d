import { logGamma } from './logGamma';
import { smirnovSf } from './smirnov';
import { pelzGoodCdf } from './pelzGood';

export interface KolmogorovTail {
  sf: number;
  /** Set where scipy would use a method not implemented here (Durbin matrix, Pomeranz). */
  approximation?: string;
}

/**
 * Survival function of the two-sided one-sample KS statistic D_n (scipy.stats.kstwo.sf),
 * choosing methods by region as scipy's _kolmogn does (Simard & L'Ecuyer 2011).
 */
export function kolmogorovSf(n: number, x: number): KolmogorovTail {
  if (x >= 1) return { sf: 0 };
  if (x <= 0) return { sf: 1 };
  const t = n * x;
  if (t <= 1) return { sf: t <= 0.5 ? 1 : clip(1 - rubenGambinoLower(n, t)) };
  if (t >= n - 1) return { sf: clip(2 * (1 - x) ** n) };
  if (x >= 0.5) return { sf: clip(2 * smirnovSf(n, x)) };
  const nx2 = t * x;
  if (n <= 140) {
    if (nx2 > 4) return { sf: clip(2 * smirnovSf(n, x)) };
    const method = nx2 <= 0.754693 ? 'Durbin matrix' : 'Pomeranz';
    return { sf: clip(1 - pelzGoodCdf(n, x)), approximation: `Pelz-Good used where scipy uses ${method}` };
  }
  if (nx2 >= 370) return { sf: 0 };
  if (nx2 >= 2.2) return { sf: clip(2 * smirnovSf(n, x)) };
  const sf = clip(1 - pelzGoodCdf(n, x));
  if (n <= 100000 && n * x ** 1.5 <= 1.4) {
    return { sf, approximation: 'Pelz-Good used where scipy uses the Durbin matrix' };
  }
  return { sf };
}

/** Ruben-Gambino: P(D_n <= x) = n!/n^n (2nx − 1)^n for 1/(2n) <= x <= 1/n. */
function rubenGambinoLower(n: number, t: number): number {
  return Math.exp(logGamma(n + 1) - n * Math.log(n) + n * Math.log(2 * t - 1));
}

function clip(p: number): number {
  return Math.min(1, Math.max(0, p));
}
