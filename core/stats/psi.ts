import type { DistanceResult } from './result';
import { fillZeroes, toProportions } from './proportions';
import { assertCounts } from './validate';

/**
 * Population stability index Σ (p_ref − p_cur) ln(p_ref / p_cur) on shared bins, with
 * Evidently's zero replacement (an empty bin would make it infinite).
 */
export function psi(reference: ArrayLike<number>, current: ArrayLike<number>): DistanceResult {
  assertCounts(reference, current);
  const p = fillZeroes(toProportions(reference));
  const q = fillZeroes(toProportions(current));
  let statistic = 0;
  for (let i = 0; i < p.length; i++) statistic += (p[i] - q[i]) * Math.log(p[i] / q[i]);
  return { method: 'psi', statistic, note: 'empty bins filled as Evidently does' };
}
