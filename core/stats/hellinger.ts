import type { DistanceResult } from './result';
import { toProportions } from './proportions';
import { assertCounts } from './validate';

/** Hellinger distance (1/√2)·‖√p_ref − √p_cur‖₂ on shared bins, in [0, 1]. */
export function hellinger(reference: ArrayLike<number>, current: ArrayLike<number>): DistanceResult {
  assertCounts(reference, current);
  const p = toProportions(reference);
  const q = toProportions(current);
  let sum = 0;
  for (let i = 0; i < p.length; i++) sum += (Math.sqrt(p[i]) - Math.sqrt(q[i])) ** 2;
  return { method: 'hellinger', statistic: Math.sqrt(sum / 2) };
}
