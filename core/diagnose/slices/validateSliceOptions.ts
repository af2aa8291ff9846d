import { SightlineInputError } from '../../io/errors';

/** Rejects options that would make the search meaningless, naming the option. */
export function validateSliceOptions(o: { alpha: number; k: number; maxLevel: number; bins: number; minSupport?: number; maxCategories: number }): void {
  const bad = (option: string, value: number, want: string) =>
    new SightlineInputError('slices.bad-option', `${option} must be ${want} (got ${value})`, { hint: `Fix ${option}.` });
  if (!(o.alpha > 0 && o.alpha <= 1)) throw bad('alpha', o.alpha, 'in (0, 1]');
  if (!(Number.isInteger(o.k) && o.k >= 1)) throw bad('k', o.k, 'a whole number >= 1');
  if (!(Number.isInteger(o.maxLevel) && o.maxLevel >= 1)) throw bad('max-level', o.maxLevel, 'a whole number >= 1');
  if (!(Number.isInteger(o.bins) && o.bins >= 2)) throw bad('bins', o.bins, 'a whole number >= 2');
  if (!(Number.isInteger(o.maxCategories) && o.maxCategories >= 1)) throw bad('max-categories', o.maxCategories, 'a whole number >= 1');
  if (o.minSupport !== undefined && !(o.minSupport >= 1)) throw bad('min-support', o.minSupport, 'at least 1');
}
