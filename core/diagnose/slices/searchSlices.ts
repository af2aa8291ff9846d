import type { ScoreContext } from './sliceScore';
import type { SearchInput } from './searchIndex';
import type { SliceStats } from './sliceStats';
import { scoreUpperBound, sliceScore } from './sliceScore';
import { TopK } from './topK';
import type { CodeGroups } from './groupRowsByCode';
import { SearchIndex } from './searchIndex';
import { EvaluatedSlices } from './evaluatedSlices';
import { SliceKeys } from './sliceKeys';

export type { SearchInput };

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
  evaluated: EvaluatedSlices;
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
export function searchSlices(given: SearchInput, options: SearchOptions, index: SearchIndex = new SearchIndex(given)): SearchOutput {
  const { input, groups } = index;
  const n = input.errors.length;
  let total = 0;
  for (let i = 0; i < n; i++) total += input.errors[i];
  const context: ScoreContext = { alpha: options.alpha, rows: n, overallError: total / n, minSupport: options.minSupport };
  const top = new TopK(options.k);
  const keys = new SliceKeys(input.cardinalities, options.maxLevel);
  const evaluated = new EvaluatedSlices(keys);
  if (!(total > 0)) return { top: [], evaluated, overallError: n ? total / n : 0 };
  let level = levelOne(input, groups, context, top, evaluated, keys);
  for (let l = 2; l <= options.maxLevel && level.length > 0; l++) {
    options.signal?.throwIfAborted();
    const parents = survivors(level, context, top, keys);
    level = nextLevel(index, parents, { context, top, evaluated, keys, last: l === options.maxLevel });
  }
  return { top: top.items, evaluated, overallError: context.overallError };
}

function levelOne(input: SearchInput, groups: CodeGroups[], context: ScoreContext, top: TopK, evaluated: EvaluatedSlices, keys: SliceKeys): SliceStats[] {
  const level: SliceStats[] = [];
  groups.forEach((group, f) => {
    for (let v = 0; v < input.cardinalities[f]; v++) {
      const rows = group.rows.subarray(group.offsets[v], group.offsets[v + 1]);
      if (rows.length < context.minSupport) continue;
      const slice = statsOfRows(rows, input.errors, [f], [v], context);
      evaluated.push(keys.of(slice.features, slice.values), 1, slice.size, slice.errorSum, slice.errorSquares, slice.errorMax);
      top.offer(slice);
      level.push(slice);
    }
  });
  return level;
}

function survivors(level: SliceStats[], context: ScoreContext, top: TopK, keys: SliceKeys): Map<number, SliceStats> {
  const map = new Map<number, SliceStats>();
  for (const s of level) {
    if (top.mayEnter(scoreUpperBound(context, s.size, s.errorSum, s.errorMax))) map.set(keys.of(s.features, s.values), s);
  }
  return map;
}

/** What every candidate of a level is scored against and recorded in. */
interface LevelContext {
  context: ScoreContext;
  top: TopK;
  evaluated: EvaluatedSlices;
  keys: SliceKeys;
  /** At the last level no slice becomes a parent, so only those that may enter the top K become objects. */
  last: boolean;
}

function nextLevel(index: SearchIndex, parents: Map<number, SliceStats>, at: LevelContext): SliceStats[] {
  const { context, top, evaluated, keys, last } = at;
  const { input, rows: finder, tallyCodes } = index;
  const level: SliceStats[] = [];
  const features = input.codes.length;
  // Scratch reused for every parent: allocating per parent made the collector the hot spot.
  const scratch = input.cardinalities.map(emptyStats);
  const tally = new Float64Array(2 * Math.max(...input.cardinalities));
  for (const [parentKey, parent] of parents) {
    const lastFeature = parent.features[parent.features.length - 1];
    let rows: Int32Array | null = null;
    for (let g = lastFeature + 1; g < features; g++) {
      const live = liveValues(parent, g, input.cardinalities[g], parents, context, top, keys);
      if (live.length === 0) continue;
      rows ??= finder.rowsOf(parent);
      const stats = tallyCodes ? groupCounts(rows, tallyCodes[g], scratch[g], tally) : groupStats(rows, input.codes[g], scratch[g], input.errors);
      for (const v of live) {
        const size = stats.count[v];
        if (size < context.minSupport) continue;
        evaluated.push(keys.extended(parentKey, g, v), parent.features.length + 1, size, stats.sum[v], stats.squares[v], stats.max[v]);
        const score = sliceScore(context, size, stats.sum[v]);
        if (last && !top.mayEnter(score)) continue;
        const slice: SliceStats = {
          features: [...parent.features, g],
          values: [...parent.values, v],
          size,
          errorSum: stats.sum[v],
          errorSquares: stats.squares[v],
          errorMax: stats.max[v],
          score,
        };
        top.offer(slice);
        if (!last) level.push(slice);
      }
      clearStats(stats);
    }
  }
  return level;
}

/** Values v of feature g for which parent + (g = v) has all its parents and a bound that may enter. */
function liveValues(parent: SliceStats, g: number, cardinality: number, parents: Map<number, SliceStats>, context: ScoreContext, top: TopK, keys: SliceKeys): number[] {
  const live: number[] = [];
  const width = parent.features.length;
  for (let v = 0; v < cardinality; v++) {
    let size = parent.size;
    let sum = parent.errorSum;
    let max = parent.errorMax;
    let complete = true;
    for (let drop = 0; drop < width && complete; drop++) {
      const other = parents.get(keys.withoutOneAndExtended(parent.features, parent.values, drop, g, v));
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

/**
 * groupStats for 0/1 errors from the tally codes (2 * code + error): squares equal sums and the
 * max is 1 where any error is, so one counter per (value, error) gives all four.
 */
function groupCounts(rows: Int32Array, tallyCodes: Int32Array, into: GroupStats, tally: Float64Array): GroupStats {
  for (let i = 0; i < rows.length; i++) tally[tallyCodes[rows[i]]]++;
  const { count, sum, squares, max } = into;
  for (let v = 0; v < count.length; v++) {
    count[v] = tally[2 * v] + tally[2 * v + 1];
    sum[v] = tally[2 * v + 1];
    squares[v] = sum[v];
    max[v] = sum[v] > 0 ? 1 : 0;
    tally[2 * v] = 0;
    tally[2 * v + 1] = 0;
  }
  return into;
}

/** One pass over a slice's rows (ascending, so sums match a plain scan bit for bit), into zeroed `into`. */
function groupStats(rows: Int32Array, codes: Int32Array, into: GroupStats, errors: Float64Array): GroupStats {
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
