import type { JensenShannonResult } from './result';
import { toProportions } from './proportions';
import { assertCounts } from './validate';

/**
 * Jensen-Shannon distance between two count vectors on shared bins, as
 * scipy.spatial.distance.jensenshannon: sqrt of the JS divergence (not the divergence), in the
 * given log base, default e (maximum sqrt(ln 2) ≈ 0.8326; base 2 gives [0, 1]).
 */
export function jensenShannon(reference: ArrayLike<number>, current: ArrayLike<number>, base = Math.E): JensenShannonResult {
  assertCounts(reference, current);
  const p = toProportions(reference);
  const q = toProportions(current);
  let divergence = 0;
  for (let i = 0; i < p.length; i++) {
    const m = (p[i] + q[i]) / 2;
    divergence += relativeEntropyTerm(p[i], m) + relativeEntropyTerm(q[i], m);
  }
  if (base !== Math.E) divergence /= Math.log(base);
  return { method: 'jensenshannon', statistic: Math.sqrt(Math.max(0, divergence / 2)), base };
}

/** scipy.special.rel_entr: x log(x / y), 0 when x = 0. */
function relativeEntropyTerm(x: number, y: number): number {
  return x > 0 ? x * Math.log(x / y) : 0;
}
