import type { DistanceResult } from './result';
import { fillZeroes, toProportions } from './proportions';
import { assertCounts } from './validate';

/**
 * Kullback-Leibler divergence KL(ref ‖ cur) in nats on shared bins, with Evidently's zero
 * replacement, then renormalized as scipy.stats.entropy(p_ref, p_cur) does.
 */
export function klDivergence(reference: ArrayLike<number>, current: ArrayLike<number>): DistanceResult {
  assertCounts(reference, current);
  const p = toProportions(fillZeroes(toProportions(reference)));
  const q = toProportions(fillZeroes(toProportions(current)));
  let statistic = 0;
  for (let i = 0; i < p.length; i++) statistic += p[i] * Math.log(p[i] / q[i]);
  return { method: 'kl_div', statistic, note: 'empty bins filled as Evidently does' };
}
