import { normalDraw } from '../../core/detect/drift/random';

/** n standard normal values plus `shift`, sorted (the statistic the engine hands to the tests). */
export function normalSample(n: number, shift: number, random: () => number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = normalDraw(random) + shift;
  return out.sort();
}

/** Category counts of n draws from `shares`. */
export function categoryCounts(n: number, shares: readonly number[], random: () => number): number[] {
  const cumulative: number[] = [];
  let acc = 0;
  for (const s of shares) cumulative.push((acc += s));
  const counts = new Array<number>(shares.length).fill(0);
  for (let i = 0; i < n; i++) {
    const u = random() * acc;
    let lo = 0;
    let hi = shares.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid] < u) lo = mid + 1;
      else hi = mid;
    }
    counts[lo]++;
  }
  return counts;
}

/** Base shares: 2 categories 30/70, 5 equiprobable, 50 skewed (Zipf, exponent 1.1). */
export function baseShares(categories: number): number[] {
  if (categories === 2) return [0.3, 0.7];
  const raw = Array.from({ length: categories }, (_, i) => (categories === 5 ? 1 : 1 / (i + 1) ** 1.1));
  const total = raw.reduce((s, v) => s + v, 0);
  return raw.map((v) => v / total);
}

/**
 * Moves `delta` of probability mass out of the largest category into the others in proportion
 * to their shares: the total variation distance between the two is exactly `delta`.
 */
export function shiftShares(shares: readonly number[], delta: number): number[] {
  const largest = shares.indexOf(Math.max(...shares));
  const rest = 1 - shares[largest];
  return shares.map((s, i) => (i === largest ? s - delta : s + (delta * s) / rest));
}
