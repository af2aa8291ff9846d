import { SightlineInputError } from '../../io/errors';

/**
 * A slice as one number: each predicate (feature, value) has an id, and a slice's predicates
 * (ascending by feature, so ascending ids) are the digits of a base-(P + 1) number. String keys
 * made the parent lookups and the set of evaluated slices the hot spots.
 */
export class SliceKeys {
  private readonly offsets: number[] = [];
  private readonly base: number;

  constructor(cardinalities: readonly number[], maxLevel: number) {
    let next = 1;
    for (const c of cardinalities) {
      this.offsets.push(next);
      next += c;
    }
    this.base = next;
    if (this.base ** maxLevel > Number.MAX_SAFE_INTEGER) {
      throw new SightlineInputError('slices.too-many-values', `${next - 1} feature values up to ${maxLevel} predicates are more slices than the search can number exactly`, {
        hint: 'Lower --max-level, or use fewer features, --bins or --max-categories.',
      });
    }
  }

  of(features: readonly number[], values: readonly number[]): number {
    let key = 0;
    for (let i = 0; i < features.length; i++) key = key * this.base + this.offsets[features[i]] + values[i];
    return key;
  }

  /** The key of a slice with one more predicate (g = v), g after every feature of `key`'s slice. */
  extended(key: number, g: number, v: number): number {
    return key * this.base + this.offsets[g] + v;
  }

  /** The key of `features`/`values` without its predicate at `drop`, plus (g = v) at the end. */
  withoutOneAndExtended(features: readonly number[], values: readonly number[], drop: number, g: number, v: number): number {
    let key = 0;
    for (let i = 0; i < features.length; i++) if (i !== drop) key = key * this.base + this.offsets[features[i]] + values[i];
    return key * this.base + this.offsets[g] + v;
  }

  /** The predicates a key stands for, in feature order. */
  decode(key: number): { features: number[]; values: number[] } {
    const ids: number[] = [];
    for (let rest = key; rest > 0; rest = (rest - (rest % this.base)) / this.base) ids.unshift(rest % this.base);
    const features = ids.map((id) => this.featureOf(id));
    return { features, values: ids.map((id, i) => id - this.offsets[features[i]]) };
  }

  private featureOf(id: number): number {
    let f = this.offsets.length - 1;
    while (this.offsets[f] > id) f--;
    return f;
  }
}
