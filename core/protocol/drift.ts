import type { ColumnType } from './columns';
import type { RESULT_VERSION } from './results';

/** Tests and distances `sightline drift --method` accepts. */
export type DriftMethod =
  | 'ks'
  | 'anderson'
  | 'cvm'
  | 'chi2'
  | 'fisher'
  | 'ztest'
  | 'wasserstein'
  | 'js'
  | 'psi'
  | 'kl'
  | 'hellinger'
  | 'linf'
  | 'energy';

/** How a column was compared: by its values (numeric), or by its category shares. */
export type DriftColumnKind = 'numeric' | 'categorical' | 'binary';

export interface DriftSide {
  /** File path, or stage name, the sample came from. */
  source: string;
  rows: number;
}

export interface DriftColumn {
  column: string;
  type: ColumnType;
  kind: DriftColumnKind;
  /** The test or distance that decided (scipy's name where one exists). */
  method: string;
  statistic: number;
  /** Null for distances, which have no p-value and use a fixed threshold. */
  pValue: number | null;
  /** Benjamini-Hochberg adjusted across the columns that have a p-value. */
  pAdjusted: number | null;
  /** Distances only: the stated threshold the statistic was compared with. */
  threshold?: number;
  effectSize: number;
  effectSizeName: string;
  /** 95% bootstrap interval, bias-corrected and clipped at 0. */
  effectSizeInterval: [number, number];
  drifted: boolean;
  /** Why it was or was not flagged, in words. */
  reason: string;
  /** Approximations, caps and fallbacks worth knowing (e.g. Anderson-Darling's capped p-value). */
  note?: string;
  /** Non-missing values compared on each side. */
  counts: { reference: number; current: number };
}

export interface DriftResult {
  kind: 'drift';
  version: typeof RESULT_VERSION;
  /** A title for surfaces that show every result kind: "reference vs current". */
  pipeline: string;
  /** The current data's source, as every result names the file it came from. */
  source: string;
  reference: DriftSide;
  current: DriftSide;
  level: number;
  correction: 'benjamini-hochberg';
  /** Smallest effect worth flagging: numeric in reference SDs (Wasserstein / SD), categorical in total variation distance. */
  minEffect: { numeric: number; categorical: number };
  /** The --method override, when one was given. */
  method?: DriftMethod;
  columns: DriftColumn[];
  /** Columns left out and why (time columns, empty on one side, missing from one side). */
  skipped: { column: string; reason: string }[];
  /** The domain-classifier test over all compared columns together, when asked for. */
  multivariate?: MultivariateDrift;
}

/**
 * Can a classifier tell current rows from reference rows? Catches changes in the joint
 * distribution (a correlation that flips) that leave every column's own distribution alone.
 */
export interface MultivariateDrift {
  method: 'domain-classifier';
  /** Out-of-fold (cross-fitted) AUC of current against reference rows; 0.5 is no difference. */
  auc: number;
  /** DeLong 95% interval of the AUC, given the out-of-fold scores. */
  aucInterval: [number, number];
  /** Permutation p-value: (1 + #null AUCs ≥ observed) / (1 + permutations). */
  pValue: number;
  permutations: number;
  /** Rows the classifier saw per side, after subsampling to at most `maxRows`. */
  rowsUsed: { reference: number; current: number };
  maxRows: number;
  /** Smallest AUC worth flagging. */
  minAuc: number;
  drifted: boolean;
  reason: string;
  /** Columns by their share of the classifier's weight, largest first. */
  topFeatures: { column: string; importance: number }[];
  /** The classifier and the subsampling, in words. */
  note: string;
}
