import type { TimeBucketName } from './messages';
import type { PerformanceResult } from './performance';

/** Monitoring results: windowed data quality per stage, performance, and the alerts they raise. */
export type AlertKind = 'volume' | 'nulls' | 'out-of-range' | 'unseen-category' | 'schema' | 'summary-shift' | 'drift' | 'label-lag';
export type Decision = 'ok' | 'warn' | 'alert';

/** How the reference windows were chosen, in words and as window starts. */
export interface MonitorReference {
  source: 'range' | 'first-windows';
  /** For 'first-windows': how many windows. */
  windows?: number;
  start: number;
  end: number;
}

/** One figure of one window: its value, its deviation from the reference, the score and the decision. */
export interface ScoredFigure {
  value: number;
  /** Deviation from the reference that the threshold applies to (see `ThresholdRule`). */
  deviation: number;
  score: number;
  decision: Decision;
}

export interface ColumnWindowFigures {
  /** Share of rows with no value (0..1). */
  nullRate: ScoredFigure;
  /** Share of values outside the reference [min, max]; numbers only. */
  outOfRange?: ScoredFigure;
  /** Share of values whose category never occurs in the reference; low-cardinality categories only. */
  unseen?: ScoredFigure;
  /** Largest robust z of the window's summary statistics against earlier windows. */
  summary?: { score: number; decision: Decision; statistic: string; value: number; baseline: number };
  /** Distance of the window's distribution from the reference's, on bins fixed by the reference (see `DriftFigure`). */
  drift?: ScoredFigure;
  /** The column has no value at all in the window while the reference always had some. */
  absent: boolean;
}

export interface StageWindowFigures {
  start: number;
  reference: boolean;
  rows: number;
  volume: ScoredFigure;
  columns: Record<string, ColumnWindowFigures>;
  /** Columns whose summary moved most, largest score first. */
  drillDown: { column: string; statistic: string; score: number }[];
}

/** The rule behind the thresholds of a figure, from leave-one-out deviations of the reference windows. */
export interface ThresholdRule {
  center: number;
  scale: number;
  minChange: number;
  warn: number;
  alert: number;
}

export interface StageMonitor {
  stage: string;
  timeColumn: string;
  referenceWindows: number;
  /** What could not be monitored and why. */
  notes: string[];
  /** Per column: the reference range [min, max] used for out-of-range shares. */
  ranges: Record<string, { lo: number; hi: number }>;
  thresholds: Record<string, Partial<Record<AlertKind, ThresholdRule>>>;
  windows: StageWindowFigures[];
  /** Per column with a drift figure, per window: where the change shows. */
  driftDetails?: Record<string, DriftDetails>;
}

export interface DriftDetails {
  /** Slice scores are divided by this, from the reference windows' own largest slice scores (1: no correction needed). */
  sliceFactor: number;
  /** Per window (same order as `windows`): the slice whose distribution moved most, when it scores. */
  subpopulations: (AlertSubpopulation | null)[];
  /** Per window: the bin whose share moved most overall. */
  largestMove: ({ bin: string; reference: number; current: number } | null)[];
}

/** Where in the data an alert shows most: the slice of a category column whose change is largest. */
export interface AlertSubpopulation {
  column: string;
  value: string;
  /** Share of the alert's window rows in the slice (0..1). */
  share: number;
  /** The alert's figure within the slice, and outside it, for the same window(s). */
  inside: number;
  outside: number;
  /** In words: "origin_state = TX: 31% of rows with dep_hour 0-4 vs 1% in the rest". */
  description: string;
}

export interface MonitorAlert {
  id: string;
  kind: AlertKind;
  stage: string;
  /** '*' for stage-level alerts (volume). */
  column: string;
  /** The slice where the change concentrates, when one does. */
  subpopulation?: AlertSubpopulation;
  onset: number;
  last: number;
  windows: number;
  severity: 'warn' | 'alert';
  score: number;
  evidence: string;
}

export interface MonitorResult {
  kind: 'monitor';
  version: 1;
  pipeline: string;
  /** Absolute path of the manifest, or of the single file that was inferred. */
  source: string;
  bucket: TimeBucketName;
  reference: MonitorReference;
  /** All window starts seen in any stage, ascending. */
  windows: number[];
  stages: StageMonitor[];
  alerts: MonitorAlert[];
  /** Per-window performance with label coverage, when the pipeline names predictions and labels. */
  performance?: PerformanceResult;
  /** Label-lag threshold, from the reference windows' leave-one-out p90 lags. */
  labelLagRule?: ThresholdRule;
  /** What could not be monitored pipeline-wide and why (e.g. performance). */
  notes?: string[];
}

/**
 * A column's distribution in the reference beside one window's, on the reference's bins:
 * what the dashboard overlays for a selected heat-map cell.
 */
export interface DistributionComparison {
  stage: string;
  column: string;
  kind: 'numeric' | 'categorical';
  /** Readable bin labels shared by both sides; categories end with "(other)" and "(missing)" where present. */
  bins: string[];
  /** Numeric only: the edges of the in-range bins; `bins` may add "< lo" first and "> hi", "(missing)" last where present. */
  edges?: number[];
  reference: DistributionSide;
  current: DistributionSide;
}

export interface DistributionSide {
  /** Epoch ms, start inclusive, end exclusive. */
  start: number;
  end: number;
  rows: number;
  /** Rows per bin, same order as `bins`. */
  counts: number[];
}
