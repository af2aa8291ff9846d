import type { Interval } from './types';
import { twoSidedZ } from './normal';

/** Wilson score interval for a proportion `successes / n` (no continuity correction). */
export function wilsonInterval(successes: number, n: number, level: number): Interval | null {
  if (n <= 0) return null;
  const z = twoSidedZ(level);
  const p = successes / n;
  const z2n = (z * z) / n;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (z / (1 + z2n)) * Math.sqrt((p * (1 - p)) / n + z2n / (4 * n));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half), level, method: 'wilson' };
}
