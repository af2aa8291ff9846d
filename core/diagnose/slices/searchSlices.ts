import type { ScoreContext } from './sliceScore';
import type { SliceStats } from './sliceStats';
import { scoreUpperBound, sliceScore } from './sliceScore';
import { TopK } from './topK';
import { groupRowsByCode, type CodeGroups } from './groupRowsByCode';

export interface SearchInput {
  /** Per feature, the bin code of each row. */
  codes: ReadonlyArray<Uint8Array | Uint16Array | Int32Array>;
  cardinalities: number[];
  errors: Float64Array;
}

/** The search's own view of the input: every feature's codes as Int32Array. */
interface Searchable extends SearchInput {
  codes: Int32Array[];
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
export function searchSlices(given: SearchInput, options: SearchOptions): SearchOutput {
  // One array type for every feature's codes keeps the inner loops monomorphic (a mix of
  // Uint8Array and Uint16Array made the per-row statistics several times slower).
  const input: Searchable = { ...given, codes: given.codes.map((c) => (c instanceof Int32Array ? c : Int32Array.from(c))) };
  const n = input.errors.length;
  let total = 0;
  for (let i = 0; i < n; i++) total += input.errors[i];
  const context: ScoreContext = { alpha: options.alpha, rows: n, overallError: total / n, minSupport: options.minSupport };
  const top = new TopK(options.k);
  const evaluated: SliceStats[] = [];
  if (!(total > 0)) return { top: [], evaluated, overallError: n ? total / n : 0 };
  const groups = input.codes.map((codes, f) => groupRowsByCode(codes, input.cardinalities[f]));
  const keys = new SliceKeys(input.cardinalities);
  const rows = new RowFinder(input, groups);
  let level = levelOne(input, groups, context, top, evaluated);
  for (let l = 2; l <= options.maxLevel && level.length > 0; l++) {
    options.signal?.throwIfAborted();
    const parents = survivors(level, context, top, keys);
    level = nextLevel(input, rows, parents, context, top, evaluated, keys);
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

/**
 * A slice as one number: each predicate (feature, value) has an id, and a slice's predicates
 * (ascending by feature, so ascending ids) are the digits of a base-(P + 1) number. String keys
 * made the parent lookups and the collector the hot spots.
 */
class SliceKeys {
  private readonly offsets: number[] = [];
  private readonly base: number;

  constructor(cardinalities: number[]) {
    let next = 1;
    for (const c of cardinalities) {
      this.offsets.push(next);
      next += c;
    }
    this.base = next;
  }

  of(features: readonly number[], values: readonly number[]): number {
    let key = 0;
    for (let i = 0; i < features.length; i++) key = key * this.base + this.offsets[features[i]] + values[i];
    return key;
  }

  /** The key of `parent` without its predicate at `drop`, plus (g = v) at the end (g is after every parent feature). */
  withoutOneAndExtended(parent: SliceStats, drop: number, g: number, v: number): number {
    let key = 0;
    for (let i = 0; i < parent.features.length; i++) if (i !== drop) key = key * this.base + this.offsets[parent.features[i]] + parent.values[i];
    return key * this.base + this.offsets[g] + v;
  }
}

function survivors(level: SliceStats[], context: ScoreContext, top: TopK, keys: SliceKeys): Map<number, SliceStats> {
  const map = new Map<number, SliceStats>();
  for (const s of level) {
    if (top.mayEnter(scoreUpperBound(context, s.size, s.errorSum, s.errorMax))) map.set(keys.of(s.features, s.values), s);
  }
  return map;
}

function nextLevel(
  input: Searchable,
  finder: RowFinder,
  parents: Map<number, SliceStats>,
  context: ScoreContext,
  top: TopK,
  evaluated: SliceStats[],
  keys: SliceKeys,
): SliceStats[] {
  const level: SliceStats[] = [];
  const features = input.codes.length;
  // Scratch reused for every parent: allocating per parent made the collector the hot spot.
  const scratch = input.cardinalities.map(emptyStats);
  for (const parent of parents.values()) {
    const last = parent.features[parent.features.length - 1];
    let rows: Int32Array | null = null;
    for (let g = last + 1; g < features; g++) {
      const live = liveValues(parent, g, input.cardinalities[g], parents, context, top, keys);
      if (live.length === 0) continue;
      rows ??= finder.rowsOf(parent);
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
function liveValues(parent: SliceStats, g: number, cardinality: number, parents: Map<number, SliceStats>, context: ScoreContext, top: TopK, keys: SliceKeys): number[] {
  const live: number[] = [];
  const width = parent.features.length;
  for (let v = 0; v < cardinality; v++) {
    let size = parent.size;
    let sum = parent.errorSum;
    let max = parent.errorMax;
    let complete = true;
    for (let drop = 0; drop < width && complete; drop++) {
      const other = parents.get(keys.withoutOneAndExtended(parent, drop, g, v));
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

/**
 * Rows of a parent slice. Two-predicate parents (every level-3 candidate's) come from a counting
 * sort of the rows by the feature pair, done once per pair: a contiguous range per parent instead
 * of filtering its smaller predicate's rows again for every parent. Wider parents filter.
 */
class RowFinder {
  private readonly pairs = new Map<number, CodeGroups>();
  private readonly scratch: Int32Array;

  constructor(
    private readonly input: Searchable,
    private readonly groups: CodeGroups[],
  ) {
    this.scratch = new Int32Array(input.errors.length);
  }

  rowsOf(slice: SliceStats): Int32Array {
    const { features, values } = slice;
    if (features.length === 1) return this.range(this.groups[features[0]], values[0]);
    if (features.length === 2) return this.range(this.pair(features[0], features[1]), values[0] * this.input.cardinalities[features[1]] + values[1]);
    return this.filtered(slice);
  }

  private range(groups: CodeGroups, code: number): Int32Array {
    return groups.rows.subarray(groups.offsets[code], groups.offsets[code + 1]);
  }

  private pair(a: number, b: number): CodeGroups {
    const id = a * this.input.codes.length + b;
    let groups = this.pairs.get(id);
    if (!groups) {
      const ca = this.input.codes[a];
      const cb = this.input.codes[b];
      const width = this.input.cardinalities[b];
      const combined = new Int32Array(ca.length);
      for (let i = 0; i < ca.length; i++) combined[i] = ca[i] * width + cb[i];
      groups = groupRowsByCode(combined, this.input.cardinalities[a] * width);
      this.pairs.set(id, groups);
    }
    return groups;
  }

  /** The smallest predicate's rows, filtered by the other predicates. */
  private filtered(slice: SliceStats): Int32Array {
    let best = 0;
    let bestSize = Infinity;
    slice.features.forEach((f, i) => {
      const size = this.range(this.groups[f], slice.values[i]).length;
      if (size < bestSize) [best, bestSize] = [i, size];
    });
    const base = this.range(this.groups[slice.features[best]], slice.values[best]);
    const checks = slice.features.map((f, i) => ({ codes: this.input.codes[f], value: slice.values[i] })).filter((_, i) => i !== best);
    let m = 0;
    outer: for (let i = 0; i < base.length; i++) {
      const r = base[i];
      for (const c of checks) if (c.codes[r] !== c.value) continue outer;
      this.scratch[m++] = r;
    }
    return this.scratch.subarray(0, m);
  }
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
