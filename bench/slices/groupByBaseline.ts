import { sliceScore } from '../../core/diagnose/slices';
import { compareSlices, type SliceStats } from '../../core/diagnose/slices';

/**
 * The plain baseline: for every feature subset up to maxLevel, a group-by on the combined code
 * (typed-array counts, one pass per subset), scored and sorted. No pruning.
 */
export function groupByBaseline(codes: ReadonlyArray<Uint8Array | Uint16Array | Int32Array>, cardinalities: number[], errors: Float64Array, alpha: number, sigma: number, maxLevel: number, k: number): SliceStats[] {
  const n = errors.length;
  let total = 0;
  for (let i = 0; i < n; i++) total += errors[i];
  const context = { alpha, rows: n, overallError: total / n, minSupport: sigma };
  const found: SliceStats[] = [];
  for (const subset of subsets(codes.length, maxLevel)) {
    const cells = subset.reduce((p, f) => p * cardinalities[f], 1);
    const count = new Float64Array(cells);
    const sum = new Float64Array(cells);
    for (let r = 0; r < n; r++) {
      let key = 0;
      for (const f of subset) key = key * cardinalities[f] + codes[f][r];
      count[key]++;
      sum[key] += errors[r];
    }
    for (let key = 0; key < cells; key++) {
      if (count[key] < sigma) continue;
      const score = sliceScore(context, count[key], sum[key]);
      if (!(score > 0)) continue;
      const values = new Array<number>(subset.length);
      let rest = key;
      for (let j = subset.length - 1; j >= 0; j--) {
        values[j] = rest % cardinalities[subset[j]];
        rest = Math.floor(rest / cardinalities[subset[j]]);
      }
      found.push({ features: subset, values, size: count[key], errorSum: sum[key], errorSquares: sum[key], errorMax: 1, score });
    }
  }
  return found.sort(compareSlices).slice(0, k);
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
