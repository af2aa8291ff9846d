import type { TimeBucketName } from './messages';

// Performance results. Plain JSON: no typed arrays, no NaN (undefined values are `null`).

export type PerformanceTask = 'classification' | 'regression';

export type IntervalMethod = 'wilson' | 'delong' | 'bootstrap-percentile' | 'normal' | 'monte-carlo';

export interface Interval {
  low: number;
  high: number;
  /** Two-sided confidence level, e.g. 0.95. */
  level: number;
  method: IntervalMethod;
  /** Bootstrap or Monte Carlo draws, with the seed that makes them repeatable. */
  replicates?: number;
  seed?: number;
}

/** One figure over the labeled records of a window, with how many records it rests on. */
export interface MetricValue {
  /** null where the metric is undefined (no labels, no predicted positives, one class only). */
  value: number | null;
  interval: Interval | null;
  labeled: number;
  total: number;
  /** labeled / total, 0 when total is 0. */
  coverage: number;
}

export interface ClassificationMetrics {
  task: 'classification';
  accuracy: MetricValue;
  precision: MetricValue;
  recall: MetricValue;
  f1: MetricValue;
  rocAuc: MetricValue;
  logLoss: MetricValue;
  /** Expected calibration error on 10 equal-width score bins. */
  calibrationError: MetricValue;
}

export interface RegressionMetrics {
  task: 'regression';
  mae: MetricValue;
  rmse: MetricValue;
}

export type ObservedMetrics = ClassificationMetrics | RegressionMetrics;

export type EstimationMethod = 'cbpe' | 'subgroup-reweighting';

/** A figure Sightline could not measure for lack of labels, so it estimated it. */
export interface EstimatedValue {
  value: number | null;
  interval: Interval | null;
}

export interface PerformanceEstimate {
  estimated: true;
  method: EstimationMethod;
  /** What must hold for the estimate to be right, in words. */
  assumptions: string[];
  accuracy: EstimatedValue;
  precision: EstimatedValue;
  recall: EstimatedValue;
  f1: EstimatedValue;
  rocAuc: EstimatedValue;
  /** Reweighting only: share of the window in subgroups the labeled reference never saw. */
  unsupportedShare?: number;
}

export interface LagQuantiles {
  p50: number;
  p90: number;
  p99: number;
  max: number;
  /** Records whose label time is known. */
  count: number;
}

export interface PerformanceWindow {
  /** Bucket start, epoch ms (UTC). */
  start: number;
  total: number;
  labeled: number;
  coverage: number;
  /** Label time - prediction time in ms, over the window's labeled records with a label time. */
  lagMs: LagQuantiles | null;
  /** True when the window falls inside the reference range. */
  inReference: boolean;
  observed: ObservedMetrics;
  /** Filled for windows whose coverage is under the estimation threshold (classification only). */
  estimates: PerformanceEstimate[];
}

export interface PerformanceSettings {
  level: number;
  bootstrapReplicates: number;
  seed: number;
  /** Scores at or above it are the positive class when no predicted class is logged. */
  threshold: number;
  calibrationBins: number;
  logLossEps: number;
  /** Estimates are made for windows whose coverage is below this share. */
  estimateBelowCoverage: number;
  cbpeCalibration: 'isotonic';
  subgroupColumn?: string;
}

export interface PerformanceSeries {
  task: PerformanceTask;
  bucket: TimeBucketName;
  reference: { start: number; end: number; observed: ObservedMetrics };
  windows: PerformanceWindow[];
  settings: PerformanceSettings;
}

export interface PerformanceResult extends PerformanceSeries {
  kind: 'performance';
  version: 1;
  pipeline: string;
  /** Where predictions and labels came from, in words. */
  source: { predictions: string; labels: string; positiveLabel?: string };
  /** Label coverage as the engine's labelJoin counts it, over all records. */
  coverage: { total: number; labeled: number; coverage: number };
  notes: string[];
}
