/** Independent reference: every conjunction up to maxLevel by a plain group-by over all rows. */
export interface BruteSlice {
  features: number[];
  values: number[];
  size: number;
  errorSum: number;
  score: number;
}

export function bruteForceSlices(codes: Uint8Array[], errors: Float64Array, alpha: number, sigma: number, maxLevel: number): BruteSlice[] {
  const n = errors.length;
  let total = 0;
  for (let i = 0; i < n; i++) total += errors[i];
  const mean = total / n;
  const out: BruteSlice[] = [];
  for (const subset of subsets(codes.length, maxLevel)) {
    const groups = new Map<string, { values: number[]; size: number; errorSum: number }>();
    for (let r = 0; r < n; r++) {
      const values = subset.map((f) => codes[f][r]);
      const key = values.join(',');
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { values, size: 0, errorSum: 0 }));
      g.size++;
      g.errorSum += errors[r];
    }
    for (const g of groups.values()) {
      if (g.size < sigma) continue;
      const score = alpha * (g.errorSum / g.size / mean - 1) - (1 - alpha) * (n / g.size - 1);
      if (score > 0) out.push({ features: subset, values: g.values, size: g.size, errorSum: g.errorSum, score });
    }
  }
  return out.sort(documentedOrder);
}

/** The documented tie-break, written out again: score, fewer predicates, larger size, feature then bin order. */
function documentedOrder(a: BruteSlice, b: BruteSlice): number {
  if (a.score !== b.score) return b.score - a.score;
  if (a.features.length !== b.features.length) return a.features.length - b.features.length;
  if (a.size !== b.size) return b.size - a.size;
  for (let i = 0; i < a.features.length; i++) {
    if (a.features[i] !== b.features[i]) return a.features[i] - b.features[i];
    if (a.values[i] !== b.values[i]) return a.values[i] - b.values[i];
  }
  return 0;
}

function subsets(count: number, maxLevel: number): number[][] {
  const out: number[][] = [];
  const grow = (prefix: number[], from: number) => {
    if (prefix.length > 0) out.push(prefix);
    if (prefix.length === maxLevel) return;
    for (let f = from; f < count; f++) grow([...prefix, f], f + 1);
  };
  grow([], 0);
  return out;
}
