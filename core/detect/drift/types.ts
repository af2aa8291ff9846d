import type { ColumnType, DriftColumnKind, DriftMethod } from '../../protocol';
import type { MultivariateOptions } from './multivariate/settings';

/** The statistics one column's comparison needs: sorted values, or counts on shared labels. */
export type ColumnPair =
  | { kind: 'numeric'; reference: Float64Array; current: Float64Array }
  | { kind: 'categorical' | 'binary'; labels: string[]; reference: number[]; current: number[] };

export interface ColumnInput {
  column: string;
  type: ColumnType;
  pair: ColumnPair;
}

export interface DriftOptions {
  /** Significance level for the adjusted p-values (default 0.05). */
  level?: number;
  /** Columns to compare (default: every column both sides have, except time columns). */
  columns?: string[];
  /** Use this test or distance instead of the default where it applies to the column. */
  method?: DriftMethod;
  minEffect?: { numeric?: number; categorical?: number };
  /** Also run the domain-classifier test over the compared columns together (settings optional). */
  multivariate?: boolean | MultivariateOptions;
  signal?: AbortSignal;
}

export const DEFAULT_LEVEL = 0.05;
/** 0.1 reference SD of average movement: Evidently's own threshold for its Wasserstein score. */
export const DEFAULT_MIN_NUMERIC_EFFECT = 0.1;
/** 5% of rows changing category. */
export const DEFAULT_MIN_CATEGORICAL_EFFECT = 0.05;

export const DRIFT_METHODS: readonly DriftMethod[] = [
  'ks', 'anderson', 'cvm', 'chi2', 'fisher', 'ztest', 'wasserstein', 'js', 'psi', 'kl', 'hellinger', 'linf', 'energy',
];

export type { DriftColumnKind };
