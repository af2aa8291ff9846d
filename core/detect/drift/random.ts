import { seededRandom } from '../../stats/seededRandom';

export { seededRandom };

/** Standard normal draw (Box-Muller), from a uniform generator. */
export function normalDraw(random: () => number): number {
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/**
 * Poisson(mean) draw: inversion with one uniform for small means, the normal approximation
 * above 30 where it is accurate enough for bootstrap weights and O(1).
 */
export function poissonDraw(mean: number, random: () => number): number {
  if (mean <= 0) return 0;
  if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * normalDraw(random)));
  const u = random();
  let term = Math.exp(-mean);
  let cdf = term;
  let k = 0;
  while (u > cdf && k < 1000) {
    k++;
    term *= mean / k;
    cdf += term;
  }
  return k;
}
