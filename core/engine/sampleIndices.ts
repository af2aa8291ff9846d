import { seededRandom } from '../stats/seededRandom';

/**
 * `size` distinct indices of [0, n) drawn uniformly, ascending (all of them when size >= n).
 * A partial Fisher-Yates shuffle on a sparse map, so it costs O(size), not O(n).
 */
export function sampleIndices(n: number, size: number, seed: number): Int32Array {
  if (size >= n) return Int32Array.from({ length: n }, (_, i) => i);
  const random = seededRandom(seed);
  const swapped = new Map<number, number>();
  const out = new Int32Array(size);
  for (let i = 0; i < size; i++) {
    const j = i + Math.floor(random() * (n - i));
    const atJ = swapped.get(j) ?? j;
    swapped.set(j, swapped.get(i) ?? i);
    out[i] = atJ;
  }
  return out.sort();
}
