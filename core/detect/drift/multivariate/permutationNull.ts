import type { CrossFit } from './crossFit';
import { outOfFoldScores } from './crossFit';
import { auc } from './auc';
import { seededRandom } from '../../../stats/seededRandom';

/**
 * Permutation p-value of the out-of-fold AUC: the domain labels are shuffled and the whole
 * cross-fit is redone (same folds, same features) B times; p = (1 + #{null AUC ≥ observed}) / (1 + B),
 * which is exact at any sample size because the procedure never looks at the labels before fitting.
 */
export function permutationPValue(fit: CrossFit, y: Uint8Array, observed: number, permutations: number, seed: number, signal?: AbortSignal): number {
  const random = seededRandom(seed);
  const shuffled = Uint8Array.from(y);
  let atLeast = 0;
  for (let b = 0; b < permutations; b++) {
    if (b % 16 === 0) signal?.throwIfAborted();
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const t = shuffled[i];
      shuffled[i] = shuffled[j];
      shuffled[j] = t;
    }
    if (auc(outOfFoldScores(fit, shuffled), shuffled) >= observed) atLeast++;
  }
  return (1 + atLeast) / (1 + permutations);
}
