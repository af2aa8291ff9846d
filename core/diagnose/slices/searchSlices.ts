import type { ScoreContext } from './sliceScore';
import type { SliceStats } from './sliceStats';
import { scoreUpperBound, sliceScore } from './sliceScore';
import { sliceKey } from './sliceStats';
import { TopK } from './topK';
import { groupRowsByCode, type CodeGroups } from './groupRowsByCode';

export interface SearchInput {
  /** Per feature, the bin code of each row. */
  codes: ReadonlyArray<Uint8Array | Uint16Array | Int32Array>;
  cardinalities: number[];
  errors: Float64Array;
}

export interface SearchOptions {
  alpha: number;
  minSupport: number;
  k: number;
  maxLevel: number;
  signal?: AbortSignal;
}

export interface SearchOutput {
  top: SliceStats[];
  /** Every slice whose statistics were computed and whose size met the support floor. */
  evaluated: SliceStats[];
  overallError: number;
}

/**
 * Exact level-wise SliceLine search. Level L extends each surviving level L-1 slice by one
 * predicate on a later feature, so every conjunction is generated once, from its prefix. A
 * candidate is counted only when every one of its L-1 parents survived (size >= sigma and a score
 * bound that can still reach the top K) and its own bound, from the parents' minimum size, error
 * sum and max error, can still reach the top K. Both prunings are safe: a child's rows are a
 * subset of each parent's, so its statistics are within the parents' bounds.
 */
export function searchSlices(input: SearchInput, options: SearchOptions): SearchOutput {
  const n = input.errors.length;
  let total = 0;
  for (let i = 0; i < n; i++) total += input.errors[i];
  const context: ScoreContext = { alpha: options.alpha, rows: n, overallError: total / n, minSupport: options.minSupport };
  const top = new TopK(options.k);
  const evaluated: SliceStats[] = [];
  if (!(total > 0)) return { top: [], evaluated, overallError: n ? total / n : 0 };
  const groups = input.codes.map((codes, f) => groupRowsByCode(codes, input.cardinalities[f]));
  let level = levelOne(input, groups, context, top, evaluated);
  for (let l = 2; l <= options.maxLevel && level.length > 0; l++) {
    options.signal?.throwIfAborted();
    const parents = survivors(level, context, top);
    level = nextLevel(input, groups, parents, context, top, evaluated);
  }
  return { top: top.items, evaluated, overallError: context.overallError };
}

function levelOne(input: SearchInput, groups: CodeGroups[], context: ScoreContext, top: TopK, evaluated: SliceStats[]): SliceStats[] {
  const level: SliceStats[] = [];
  groups.forEach((group, f) => {
    for (let v = 0; v < input.cardinalities[f]; v++) {
      const rows = group.rows.subarray(group.offsets[v], group.offsets[v + 1]);
      if (rows.length < context.minSupport) continue;
      const slice = statsOfRows(rows, input.errors, [f], [v], context);
      evaluated.push(slice);
      top.offer(slice);
      level.push(slice);
    }
  });
  return level;
}

function survivors(level: SliceStats[], context: ScoreContext, top: TopK): Map<string, SliceStats> {
  const map = new Map<string, SliceStats>();
  for (const s of level) {
    if (top.mayEnter(scoreUpperBound(context, s.size, s.errorSum, s.errorMax))) map.set(sliceKey(s.features, s.values), s);
  }
  return map;
}

function nextLevel(
  input: SearchInput,
  groups: CodeGroups[],
  parents: Map<string, SliceStats>,
  context: ScoreContext,
  top: TopK,
  evaluated: SliceStats[],
): SliceStats[] {
  const level: SliceStats[] = [];
  const features = input.codes.length;
  // Scratch reused for every parent: allocating per parent made the collector the hot spot.
  const scratchRows = new Int32Array(input.errors.length);
  const scratch = input.cardinalities.map(emptyStats);
  for (const parent of parents.values()) {
    const last = parent.features[parent.features.length - 1];
    let rows: Int32Array | null = null;
    for (let g = last + 1; g < features; g++) {
      const live = liveValues(parent, g, input.cardinalities[g], parents, context, top);
      if (live.length === 0) continue;
      rows ??= rowsOf(parent, groups, input.codes, scratchRows);
      const stats = groupStats(rows, input.codes[g], scratch[g], input.errors);
      for (const v of live) {
        if (stats.count[v] < context.minSupport) continue;
        const f = [...parent.features, g];
        const vals = [...parent.values, v];
        const slice: SliceStats = {
          features: f,
          values: vals,
          size: stats.count[v],
          errorSum: stats.sum[v],
          errorSquares: stats.squares[v],
          errorMax: stats.max[v],
          score: sliceScore(context, stats.count[v], stats.sum[v]),
        };
        evaluated.push(slice);
        top.offer(slice);
        level.push(slice);
      }
      clearStats(stats);
    }
  }
  return level;
}

/** Values v of feature g for which parent + (g = v) has all its parents and a bound that may enter. */
function liveValues(parent: SliceStats, g: number, cardinality: number, parents: Map<string, SliceStats>, context: ScoreContext, top: TopK): number[] {
  const live: number[] = [];
  const width = parent.features.length;
  for (let v = 0; v < cardinality; v++) {
    let size = parent.size;
    let sum = parent.errorSum;
    let max = parent.errorMax;
    let complete = true;
    for (let drop = 0; drop < width && complete; drop++) {
      const f: number[] = [];
      const vals: number[] = [];
      for (let i = 0; i < width; i++) {
        if (i === drop) continue;
        f.push(parent.features[i]);
        vals.push(parent.values[i]);
      }
      f.push(g);
      vals.push(v);
      const other = parents.get(sliceKey(f, vals));
      if (!other) complete = false;
      else {
        size = Math.min(size, other.size);
        sum = Math.min(sum, other.errorSum);
        max = Math.min(max, other.errorMax);
      }
    }
    if (complete && top.mayEnter(scoreUpperBound(context, size, sum, max))) live.push(v);
  }
  return live;
}

/** Rows of a slice: its smallest predicate's rows, filtered by the other predicates. */
function rowsOf(slice: SliceStats, groups: CodeGroups[], codes: SearchInput['codes'], out: Int32Array): Int32Array {
  let best = 0;
  let bestSize = Infinity;
  slice.features.forEach((f, i) => {
    const g = groups[f];
    const size = g.offsets[slice.values[i] + 1] - g.offsets[slice.values[i]];
    if (size < bestSize) [best, bestSize] = [i, size];
  });
  const g = groups[slice.features[best]];
  const base = g.rows.subarray(g.offsets[slice.values[best]], g.offsets[slice.values[best] + 1]);
  if (slice.features.length === 1) return base;
  let m = 0;
  const checks = slice.features.map((f, i) => ({ codes: codes[f], value: slice.values[i] })).filter((_, i) => i !== best);
  if (checks.length === 1) {
    // The common case (level-2 parents) without the inner loop.
    const { codes: c, value } = checks[0];
    for (let i = 0; i < base.length; i++) if (c[base[i]] === value) out[m++] = base[i];
    return out.subarray(0, m);
  }
  outer: for (let i = 0; i < base.length; i++) {
    const r = base[i];
    for (const c of checks) if (c.codes[r] !== c.value) continue outer;
    out[m++] = r;
  }
  return out.subarray(0, m);
}

interface GroupStats {
  count: Float64Array;
  sum: Float64Array;
  squares: Float64Array;
  max: Float64Array;
}

function emptyStats(cardinality: number): GroupStats {
  return { count: new Float64Array(cardinality), sum: new Float64Array(cardinality), squares: new Float64Array(cardinality), max: new Float64Array(cardinality) };
}

function clearStats(stats: GroupStats): void {
  stats.count.fill(0);
  stats.sum.fill(0);
  stats.squares.fill(0);
  stats.max.fill(0);
}

/** One pass over a slice's rows (ascending, so sums match a plain scan bit for bit), into zeroed `into`. */
function groupStats(rows: Int32Array, codes: Uint8Array | Uint16Array | Int32Array, into: GroupStats, errors: Float64Array): GroupStats {
  const { count, sum, squares, max } = into;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const c = codes[r];
    const e = errors[r];
    count[c]++;
    sum[c] += e;
    squares[c] += e * e;
    if (e > max[c]) max[c] = e;
  }
  return into;
}

function statsOfRows(rows: Int32Array, errors: Float64Array, features: number[], values: number[], context: ScoreContext): SliceStats {
  let sum = 0;
  let squares = 0;
  let max = 0;
  for (let i = 0; i < rows.length; i++) {
    const e = errors[rows[i]];
    sum += e;
    squares += e * e;
    if (e > max) max = e;
  }
  return { features, values, size: rows.length, errorSum: sum, errorSquares: squares, errorMax: max, score: sliceScore(context, rows.length, sum) };
}
