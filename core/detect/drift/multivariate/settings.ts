/** Settings of the domain-classifier test; every default is stated in the result or its note. */
export interface MultivariateOptions {
  /** Rows drawn from each side at most (uniformly, seeded). */
  maxRows?: number;
  /** Label permutations for the null distribution of the AUC. */
  permutations?: number;
  folds?: number;
  /** Smallest AUC worth flagging; the AUC interval must reach it. */
  minAuc?: number;
  seed?: number;
}

export const DEFAULT_MAX_ROWS = 5000;
export const DEFAULT_PERMUTATIONS = 200;
export const DEFAULT_FOLDS = 5;
/** An AUC of 0.55 means a random current row outranks a random reference row 55% of the time. */
export const DEFAULT_MIN_AUC = 0.55;
export const DEFAULT_SEED = 20240601;

/** Values one-hot encoded per category column (most frequent in the pooled sample); the rest share the baseline. */
export const TOP_CATEGORIES = 8;
/** A category value gets a one-hot only when this many rows, and this share of rows, hold it. */
export const MIN_CATEGORY_ROWS = 10;
export const MIN_CATEGORY_SHARE = 0.005;
/** Base features that enter pairwise products; more would grow the design quadratically. */
export const MAX_INTERACTING = 24;
/** Ridge penalty per training row on every coefficient but the intercept: only to keep collinear one-hots and products solvable. */
export const RIDGE_PER_ROW = 1e-3;

export function resolveOptions(options: MultivariateOptions): Required<MultivariateOptions> {
  return {
    maxRows: options.maxRows ?? DEFAULT_MAX_ROWS,
    permutations: options.permutations ?? DEFAULT_PERMUTATIONS,
    folds: options.folds ?? DEFAULT_FOLDS,
    minAuc: options.minAuc ?? DEFAULT_MIN_AUC,
    seed: options.seed ?? DEFAULT_SEED,
  };
}
