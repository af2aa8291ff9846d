import type { SliceKeys } from './sliceKeys';
import type { SliceStats } from './sliceStats';

/** What tests and filters read of an evaluated slice, without its predicates. */
export interface SliceSums {
  size: number;
  errorSum: number;
  errorSquares: number;
}

/** First capacity: most searches stay below it, and growing copies every column. */
const CAPACITY = 1 << 14;

/**
 * Every slice a search evaluated, as columns of numbers. A search below the support floor
 * evaluates about 150k slices on 100k rows; one object per slice made garbage collection a third
 * of its time, while the tests and filters that read them need only these sums. A slice becomes
 * a SliceStats object only when asked for.
 */
export class EvaluatedSlices {
  private keys = new Float64Array(CAPACITY);
  private sizes = new Float64Array(CAPACITY);
  private sums = new Float64Array(CAPACITY);
  private squares = new Float64Array(CAPACITY);
  private maxima = new Float64Array(CAPACITY);
  private levels = new Uint8Array(CAPACITY);
  private count = 0;
  /** Per level, key to index; built on the first lookup (a map of 150k level-3 keys cost 0.1 s). */
  private indexes = new Map<number, Map<number, number>>();

  constructor(readonly sliceKeys: SliceKeys) {}

  get length(): number {
    return this.count;
  }

  push(key: number, level: number, size: number, errorSum: number, errorSquares: number, errorMax: number): void {
    if (this.count === this.keys.length) this.grow();
    const i = this.count++;
    this.keys[i] = key;
    this.levels[i] = level;
    this.sizes[i] = size;
    this.sums[i] = errorSum;
    this.squares[i] = errorSquares;
    this.maxima[i] = errorMax;
    if (this.indexes.size > 0) this.indexes.clear();
  }

  key(i: number): number {
    return this.keys[i];
  }

  /** Slice i's sums, written into `into` (reused across a loop to allocate nothing). */
  sumsOf(i: number, into: SliceSums): SliceSums {
    into.size = this.sizes[i];
    into.errorSum = this.sums[i];
    into.errorSquares = this.squares[i];
    return into;
  }

  /** Slice i as an object, scored with `score`. */
  stats(i: number, score: (size: number, errorSum: number) => number): SliceStats {
    const { features, values } = this.sliceKeys.decode(this.keys[i]);
    return { features, values, size: this.sizes[i], errorSum: this.sums[i], errorSquares: this.squares[i], errorMax: this.maxima[i], score: score(this.sizes[i], this.sums[i]) };
  }

  /** Where the slice with this key (of `level` predicates) is, or -1. */
  indexOf(key: number, level: number): number {
    let index = this.indexes.get(level);
    if (!index) {
      index = new Map();
      for (let i = 0; i < this.count; i++) if (this.levels[i] === level) index.set(this.keys[i], i);
      this.indexes.set(level, index);
    }
    return index.get(key) ?? -1;
  }

  /** These slices, then those of `other` (numbered by the same keys) not among them. */
  union(other: EvaluatedSlices): EvaluatedSlices {
    const joined = new EvaluatedSlices(this.sliceKeys);
    for (let i = 0; i < this.count; i++) joined.push(this.keys[i], this.levels[i], this.sizes[i], this.sums[i], this.squares[i], this.maxima[i]);
    // A search evaluates each slice once, so only this search's keys can repeat in `other`.
    const seen = new Set(this.keys.subarray(0, this.count));
    for (let i = 0; i < other.count; i++) {
      if (!seen.has(other.keys[i])) joined.push(other.keys[i], other.levels[i], other.sizes[i], other.sums[i], other.squares[i], other.maxima[i]);
    }
    return joined;
  }

  private grow(): void {
    const larger = (a: Float64Array) => {
      const b = new Float64Array(a.length * 2);
      b.set(a);
      return b;
    };
    this.keys = larger(this.keys);
    this.sizes = larger(this.sizes);
    this.sums = larger(this.sums);
    this.squares = larger(this.squares);
    this.maxima = larger(this.maxima);
    const levels = new Uint8Array(this.levels.length * 2);
    levels.set(this.levels);
    this.levels = levels;
  }
}
