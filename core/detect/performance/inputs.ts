import type { PerformanceTask } from './types';
import type { TimeBucket } from '../../engine/engine';

/**
 * Predictions joined with their labels, one entry per prediction record. Missing values are NaN
 * (category code -1), as in the engine's columns.
 */
export interface PerformanceInputs {
  task: PerformanceTask;
  /** Prediction event time, epoch ms. */
  times: Float64Array;
  /** P(label = 1) for classification, the predicted value for regression. */
  scores: Float64Array;
  /** Predicted class 0 / 1; where missing, the score is thresholded. */
  classes?: Float64Array;
  /** 0 / 1 (classification) or the true value (regression); NaN while not labeled. */
  labels: Float64Array;
  /** When the label arrived, epoch ms. */
  labelTimes?: Float64Array;
  /** A categorical column for the subgroup-reweighted estimate. */
  subgroup?: { column: string; codes: Int32Array; dictionary: string[] };
}

export interface SeriesOptions {
  /** Reference period [start, end), epoch ms: calibration and per-subgroup performance come from it. */
  reference: { start: number; end: number };
  bucket: TimeBucket;
  /** Confidence level of every interval; default 0.95. */
  level?: number;
  /** Bootstrap and Monte Carlo draws; default 500. */
  replicates?: number;
  seed?: number;
  /** Default 0.5. */
  threshold?: number;
  /** Estimate windows whose coverage is below this share; default 0.5 (1 estimates every window). */
  estimateBelowCoverage?: number;
}
