import type { DistanceResult } from './result';
import { toProportions } from './proportions';
import { assertCounts } from './validate';

export interface LInfinityResult extends DistanceResult {
  method: 'l_infinity';
  /** Index of the bin with the largest difference (first one on ties). */
  argmax: number;
}

/** Largest absolute difference of bin proportions (TFDV infinity_norm, NannyML l_infinity). */
export function lInfinity(reference: ArrayLike<number>, current: ArrayLike<number>): LInfinityResult {
  assertCounts(reference, current);
  const p = toProportions(reference);
  const q = toProportions(current);
  let argmax = 0;
  for (let i = 1; i < p.length; i++) if (Math.abs(p[i] - q[i]) > Math.abs(p[argmax] - q[argmax])) argmax = i;
  return { method: 'l_infinity', statistic: Math.abs(p[argmax] - q[argmax]), argmax };
}
