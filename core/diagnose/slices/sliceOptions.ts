/** Options of `findSlices`, all optional; defaults are stated in DEFAULT_SLICE_OPTIONS. */
export interface SliceOptions {
  features?: string[];
  alpha?: number;
  /** Minimum slice size sigma; default max(32, rows / 100). */
  minSupport?: number;
  k?: number;
  maxLevel?: number;
  bins?: number;
  maxCategories?: number;
  /** Relative error change under which a refinement folds into its parent. */
  foldTolerance?: number;
  smallFloor?: number;
  /** A small slice must have at least this multiple of the overall error. */
  smallMinRatio?: number;
  /** Above this many rows the extra search below the support floor is not run (its cost grows with rows). */
  smallSearchMaxRows?: number;
  source?: string;
  /** The result's title; by default the source's file name. */
  title?: string;
  signal?: AbortSignal;
}

export const DEFAULT_SLICE_OPTIONS = {
  alpha: 0.95,
  k: 10,
  maxLevel: 3,
  bins: 10,
  maxCategories: 30,
  foldTolerance: 0.1,
  smallFloor: 10,
  smallMinRatio: 1.5,
  smallSearchMaxRows: 200_000,
} as const;

/** SliceLine's suggestion scaled so that one slice per hundred rows is the smallest worth ranking. */
export function defaultMinSupport(rows: number): number {
  return Math.max(32, Math.ceil(rows / 100));
}
