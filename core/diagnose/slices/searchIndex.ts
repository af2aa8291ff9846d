import type { SliceStats } from './sliceStats';
import { groupRowsByCode, type CodeGroups } from './groupRowsByCode';

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

