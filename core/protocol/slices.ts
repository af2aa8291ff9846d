import type { TimeRangeMs } from './messages';

/** The per-row error of a slice search: a column of losses, or a label against a prediction. */
export type SliceErrorSpec = { error: string } | { label: string; prediction: string };

/** One `feature = value` predicate; `value` is the bin's label for binned features. */
export interface SlicePredicate {
  feature: string;
  value: string;
}

export interface SliceFinding {
  predicates: SlicePredicate[];
  size: number;
  /** Mean per-row error in the slice. */
  error: number;
  /** 95% interval of the slice's mean error (Wilson for 0/1 errors, normal for continuous). */
  errorInterval: [number, number];
  score: number;
  /** Slice against its complement: two-proportion z (0/1) or Welch's t (normal approximation). */
  pValue: number;
  /** Benjamini-Hochberg over every slice evaluated. */
  adjustedPValue: number;
  /** Index (in the same list) of the parent this refinement does not materially change. */
  foldedInto?: number;
  level: number;
  /**
   * Small slices only: the largest p-value of the slice against each parent's other rows (a
   * parent drops one predicate). A small slice is listed only when this times the number of
   * slices evaluated is below 0.05: worse than every broader slice it refines.
   */
  parentPValue?: number;
}

export interface SliceFeature {
  name: string;
  kind: 'numeric' | 'categorical';
  /** Bin labels in code order: value ranges, categories, "(other)", "(missing)". */
  bins: string[];
  /** How the bins were made, in words. */
  binning: string;
}

export interface SlicesOptionsUsed {
  alpha: number;
  minSupport: number;
  k: number;
  maxLevel: number;
  /** Quantile bins per numeric feature. */
  bins: number;
  /** Most frequent values kept per categorical feature; the rest become "(other)". */
  maxCategories: number;
  /** Relative error tolerance: a refinement within tolerance × its ancestor's error folds into it. */
  foldTolerance: number;
  /** Smallest size for `significantSmall`. */
  smallFloor: number;
  /** Support floor of the extra search for small slices, or null when it did not run. */
  smallSearchSupport: number | null;
  errorKind: 'binary' | 'continuous';
  /** Where the per-row error came from, in words. */
  errorSource: string;
  /** The error as it was asked for, so a surface can repeat the search (absent in older results). */
  errorSpec?: SliceErrorSpec;
  tieBreak: string;
}

export interface SlicesResult {
  kind: 'slices';
  version: 1;
  /** A title for surfaces that show every result kind (the pipeline, or the file's name). */
  pipeline: string;
  source: string;
  rows: number;
  /** Rows left out because their error was missing. */
  rowsWithoutError: number;
  overallError: number;
  options: SlicesOptionsUsed;
  features: SliceFeature[];
  excluded: Array<{ column: string; reason: string }>;
  slices: SliceFinding[];
  significantSmall: SliceFinding[];
  /** Slices whose statistics were computed and met the support floor (the BH family). */
  evaluated: number;
  notes: string[];
}

export interface DiffSlice {
  predicates: SlicePredicate[];
  referenceCount: number;
  currentCount: number;
  referenceShare: number;
  currentShare: number;
  /** current share / reference share, with +0.5 smoothing on both counts. */
  riskRatio: number;
}

export interface SliceDiffResult {
  kind: 'slice-diff';
  version: 1;
  /** A title: "current vs reference". */
  pipeline: string;
  /** The current data's source. */
  source: string;
  referenceRows: number;
  currentRows: number;
  minSupport: number;
  maxLevel: number;
  /** Most increased share first. */
  grown: DiffSlice[];
  /** Most decreased share first. */
  shrunk: DiffSlice[];
  /** For a diff of one pipeline stage between two time ranges: what a drill-down repeats (absent for two tables). */
  stageDiff?: SliceDiffStage;
}

/** Where a stage's slice diff came from: the manifest, the stage and its two event-time ranges. */
export interface SliceDiffStage {
  /** Absolute path of the pipeline manifest. */
  manifest: string;
  stage: string;
  reference: TimeRangeMs;
  current: TimeRangeMs;
}
