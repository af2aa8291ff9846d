import type { ColumnType } from '../protocol';
import type { ValueCount } from './engine';

/**
 * The rows a pipeline's slice search runs on, described for an engine to build where the logs
 * are: the predictions stage's rows whose event time is in [start, end), each with its error
 * (predicted class differs from the earliest label of its key) and feature columns, the model
 * version from the predictions stage and the rest from keyed upstream stages (the first row
 * with the record's key).
 */
export interface SliceRelationRequest {
  predictions: { stage: string; class: string; key?: string; time?: string };
  labels: { stage: string; column: string; key?: string; time?: string };
  start?: number;
  end?: number;
  /** `key`: the record key of an upstream stage, which its columns are joined by. */
  features: Array<{ stage: string; column: string; key?: string }>;
}

export interface SliceRelationTotals {
  /** Prediction rows in the range. */
  predictions: number;
  /** Of those, rows without a label. */
  unlabeled: number;
  /** Rows with an error (labeled, with a predicted class). */
  rows: number;
  errorSum: number;
  errorSquares: number;
}

/** What the exclusion rules read of a feature column, over the rows with an error. */
export interface ColumnSummary {
  name: string;
  type: ColumnType;
  /** Distinct non-missing values: counted for categories, for other types only up to 2 (constancy is all the rules read). */
  distinct: number;
  /** Rows with a value. */
  present: number;
}

/** How a feature's values become bins: the labels, and which bin a row's value falls in. */
export type FeatureBins = NumericBins | CategoryBins | BooleanBins;

/** A value's bin is the number of `interior` edges at or below it. */
export interface NumericBins {
  kind: 'numeric';
  labels: string[];
  interior: number[];
  missing: number | null;
  binning: string;
}

/** A kept value's bin is its index in `values`; the rest go to `other`. */
export interface CategoryBins {
  kind: 'categorical';
  labels: string[];
  values: string[];
  other: number | null;
  missing: number | null;
  binning: string;
}

/** false is 0, true 1. */
export interface BooleanBins {
  kind: 'boolean';
  labels: string[];
  missing: number | null;
  binning: string;
}

/** A feature column of the relation (its index in the request's features) and its bins. */
export interface BinnedFeature {
  column: number;
  bins: FeatureBins;
}

/** A group of features counted together: each combination of their bins, optionally only under some parents. */
export interface FeatureSet {
  /** Feature indices, ascending. */
  features: number[];
  /**
   * When given, only combinations whose bins on all features but the last are one of these
   * (bin codes of features[0..-1]): the parents a search level extends.
   */
  parents?: number[][];
}

/** Statistics of the rows with one combination of bins. */
export interface BinGroupStats {
  count: number;
  errorSum: number;
  errorSquares: number;
  errorMax: number;
}

/**
 * The slice search's data kept in the engine: the search asks for statistics (totals, column
 * summaries, order statistics for quantile bins, value counts, counts per combination of bins)
 * and never for rows.
 */
export interface SliceRelation {
  totals(): Promise<SliceRelationTotals>;
  /** Per feature of the request, over the rows with an error. */
  columns(): Promise<ColumnSummary[]>;
  /** Per numeric feature asked, the values at these ranks (0-based) of its non-missing values in ascending order. */
  orderStatistics(requests: Array<{ feature: number; ranks: number[] }>): Promise<number[][]>;
  /** Per category feature asked, the counts of its values over the rows with an error (missing values are left out: `columns` gives how many are present). */
  valueCounts(features: number[]): Promise<ValueCount[][]>;
  /**
   * Per feature set, the statistics of each combination of bins over the rows with an error,
   * keyed by the mixed-radix number of its bins (`combinedCode`). Sets number the features by
   * their place in `features`.
   */
  countSets(features: BinnedFeature[], sets: FeatureSet[]): Promise<Array<Map<number, BinGroupStats>>>;
  /** Frees what the engine built for the relation. */
  close(): Promise<void>;
}

/** The mixed-radix number of bin codes (first feature most significant). */
export function combinedCode(codes: readonly number[], cardinalities: readonly number[]): number {
  let code = 0;
  for (let i = 0; i < codes.length; i++) code = code * cardinalities[i] + codes[i];
  return code;
}
