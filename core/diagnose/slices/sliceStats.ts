/** Sufficient statistics of one slice: everything scoring, bounds and tests need. */
export interface SliceStats {
  /** Feature indices, ascending; one predicate per feature. */
  features: number[];
  /** Bin code of each predicate, aligned with `features`. */
  values: number[];
  size: number;
  errorSum: number;
  errorSquares: number;
  errorMax: number;
  score: number;
}

/**
 * The documented order of slices: higher score first; at equal score fewer predicates, then the
 * larger slice, then predicates in feature order (the order features were given) and bin order.
 */
export function compareSlices(a: SliceStats, b: SliceStats): number {
  if (a.score !== b.score) return b.score - a.score;
  if (a.features.length !== b.features.length) return a.features.length - b.features.length;
  if (a.size !== b.size) return b.size - a.size;
  for (let i = 0; i < a.features.length; i++) {
    if (a.features[i] !== b.features[i]) return a.features[i] - b.features[i];
    if (a.values[i] !== b.values[i]) return a.values[i] - b.values[i];
  }
  return 0;
}

export const TIE_BREAK = 'score, then fewer predicates, then larger size, then predicates in feature order and bin order';

export function sliceKey(features: readonly number[], values: readonly number[]): string {
  let key = '';
  for (let i = 0; i < features.length; i++) key += `${features[i]}:${values[i]};`;
  return key;
}
