import { seededRandom } from '../../../stats/seededRandom';

/**
 * Fold of each row: a seeded shuffle dealt round-robin, so folds differ in size by at most one.
 * The folds are fixed before labels are looked at, so they stay the same under every label
 * permutation and the permutation null stays exact.
 */
export function assignFolds(rows: number, folds: number, seed: number): Int32Array {
  const order = Int32Array.from({ length: rows }, (_, i) => i);
  const random = seededRandom(seed);
  for (let i = rows - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const fold = new Int32Array(rows);
  order.forEach((row, k) => {
    fold[row] = k % folds;
  });
  return fold;
}
