import type { SliceStats } from './sliceStats';
import type { ChildCounts, GroupStats } from './childCounts';
import { groupRowsByCode, type CodeGroups } from './groupRowsByCode';
import { emptyGroupStats } from './childCounts';

export interface SearchInput {
  /** Per feature, the bin code of each row. */
  codes: ReadonlyArray<Uint8Array | Uint16Array | Int32Array>;
  cardinalities: number[];
  errors: Float64Array;
}

/** The search's own view of the input: every feature's codes as Int32Array. */
export interface Searchable extends SearchInput {
  codes: Int32Array[];
}

/**
 * What every search over one input shares: the codes as Int32Array, each feature's rows grouped
 * by value and the row finder with its pair groupings. findSlices searches twice (the top K and
 * the small slices), and building these once spares the second search rebuilding them.
 */
export class SearchIndex {
  readonly input: Searchable;
  readonly groups: CodeGroups[];
  readonly rows: RowFinder;
  /**
   * For 0/1 errors, each feature's code and the row's error in one number (2 * code + error):
   * counting a group then reads one array per row instead of three, the hot loop of level 3.
   * Null when some error is not 0 or 1.
   */
  readonly tallyCodes: Int32Array[] | null;

  constructor(given: SearchInput) {
    // One array type for every feature's codes keeps the inner loops monomorphic (a mix of
    // Uint8Array and Uint16Array made the per-row statistics several times slower).
    this.input = { ...given, codes: given.codes.map((c) => (c instanceof Int32Array ? c : Int32Array.from(c))) };
    this.groups = this.input.codes.map((codes, f) => groupRowsByCode(codes, this.input.cardinalities[f]));
    this.rows = new RowFinder(this.input, this.groups);
    const errors = this.input.errors;
    const binary = errors.every((e) => e === 0 || e === 1);
    this.tallyCodes = binary ? this.input.codes.map((codes) => tallyCodesOf(codes, errors)) : null;
  }

  /**
   * Children counted when read, into one scratch per feature: each answer is valid until the
   * same feature is asked again (a search reads it at once). Allocating per parent made the
   * collector the hot spot.
   */
  childCounts(): ChildCounts {
    const { input, rows: finder, tallyCodes, groups } = this;
    const scratch = input.cardinalities.map(emptyGroupStats);
    const tally = new Float64Array(2 * Math.max(...input.cardinalities));
    return {
      of: (parent, g) => {
        const rows = parent ? finder.rowsOf(parent) : groups[g].rows;
        if (tallyCodes) return groupCounts(rows, tallyCodes[g], scratch[g], tally);
        clearStats(scratch[g]);
        return groupStats(rows, input.codes[g], scratch[g], input.errors);
      },
    };
  }
}

/**
 * Rows of a parent slice. Two-predicate parents (every level-3 candidate's) come from a counting
 * sort of the rows by the feature pair, done once per pair: a contiguous range per parent instead
 * of filtering its smaller predicate's rows again for every parent. Wider parents filter.
 */
function tallyCodesOf(codes: Int32Array, errors: Float64Array): Int32Array {
  const tally = new Int32Array(codes.length);
  for (let r = 0; r < codes.length; r++) tally[r] = 2 * codes[r] + errors[r];
  return tally;
}

export class RowFinder {
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
