import type { TimeBucketName } from './messages';
import type { Interval } from './performance';
import type { SlicePredicate } from './slices';

// What-if results: a remediation simulated on the logged data and backtested out of sample.
// Plain JSON: no typed arrays, no NaN (undefined values are `null`).

/** Cost of each outcome per record; a correct decision usually costs 0. */
export interface CostMatrix {
  falsePositive: number;
  falseNegative: number;
  truePositive?: number;
  trueNegative?: number;
}

export type ThresholdObjective =
  | { kind: 'f1' }
  /** The smallest threshold whose precision reaches the target (so the most recall). */
  | { kind: 'precision'; target: number }
  /** The largest threshold whose recall reaches the target (so the most precision). */
  | { kind: 'recall'; target: number }
  | { kind: 'cost'; costs: CostMatrix };

export type RecalibrationMethod = 'platt' | 'isotonic' | 'prior';

/** How a repair replaces a column's values on the records it touches. */
export type RepairMethod = 'impute' | 'upstream' | 'clip' | 'drop';

/** What a slice fallback does with the slice's records instead of the model's decision. */
export type FallbackAction = 'negative' | 'positive' | 'review';

/** When a retraining schedule retrains the model. */
export type RetrainPolicy =
  | { kind: 'never' }
  | { kind: 'every'; days: number }
  /** Retrain when monitoring flags drift on the model's inputs or scores. */
  | { kind: 'on-drift' };

export type Remediation =
  | { kind: 'threshold'; objective: ThresholdObjective; perSlice?: { minLabeled: number } }
  | { kind: 'recalibrate'; method: RecalibrationMethod }
  /** Route a slice's records to a default decision, or to people (left out of the automated metrics). */
  | { kind: 'fallback'; where: SlicePredicate[]; action: FallbackAction }
  /** Serve `previous` instead of `current`, compared on the same records through shadow predictions. */
  | { kind: 'rollback'; current: string; previous: string }
  /**
   * Replace `stage.column` on the records `where` selects, then re-score them with the model of
   * their version, or with `model` (one ONNX file) for every record.
   */
  | { kind: 'repair'; stage: string; column: string; where?: SlicePredicate[]; with: RepairMethod; upstreamStage?: string; model?: string }
  /**
   * Replay a retraining schedule over the logged history from measured performance against
   * model age; `retrainCost` is what one retraining costs, in the units of `expectedCost`.
   */
  | { kind: 'schedule'; policy: RetrainPolicy; retrainCost: number };

/**
 * A what-if as a surface asks for it on a pipeline (CLI, worker, notebook); model versions and
 * the rule in place default from the data. Time range, slice and windows are `WhatIfScope`.
 */
export type WhatIfAsk =
  | { kind: 'threshold'; objective: ThresholdObjective; perSlice?: { column: string; minLabeled: number } }
  | { kind: 'recalibrate'; method: RecalibrationMethod }
  | { kind: 'fallback'; action: FallbackAction }
  | { kind: 'rollback'; current?: string; previous?: string }
  | Omit<Extract<Remediation, { kind: 'repair' }>, 'where'>
  /** `labelLagDays`: days a retraining waits for labels (default 0); `costs` prices errors for `totalCost`. */
  /** `ageUnitDays`: days per age span of the performance-vs-age curve (default 7; 1 measures day by day). */
  | { kind: 'schedule'; policy: RetrainPolicy; retrainCost: number; labelLagDays?: number; costs?: CostMatrix; ageUnitDays?: number };

/** Which records a what-if works on and how it is backtested; every field optional. */
export interface WhatIfScope {
  /** Event times in [start, end), epoch ms. */
  start?: number;
  end?: number;
  /** The records to work on; for a fallback, the slice to route. */
  where?: SlicePredicate[];
  bucket?: TimeBucketName;
  fitWindows?: number;
  level?: number;
  replicates?: number;
  seed?: number;
  /** Slice columns to break the primary metric down by (`bySlice`); defaults from the request. */
  groupBy?: string[];
}

/** The remediations fitted on earlier windows and backtested on the next (core/react/backtest). */
export type FittedRemediation = Extract<Remediation, { kind: 'threshold' | 'recalibrate' }>;

/** Parameters of a fitted remediation. */
export type FittedParameters = Extract<WhatIfParameters, { kind: 'threshold' | 'platt' | 'isotonic' | 'prior' }>;

export type WhatIfMetric = 'accuracy' | 'precision' | 'recall' | 'f1' | 'brier' | 'logLoss' | 'expectedCost';

export type WhatIfVerdict = 'helps' | 'no clear change' | 'hurts';

export interface WhatIfValue {
  /** null where the metric is undefined on these records (e.g. no predicted positives). */
  value: number | null;
  interval: Interval | null;
}

/** after − before on the same labeled records, with a paired bootstrap interval. */
export interface WhatIfDifference extends WhatIfValue {
  higherIsBetter: boolean;
  /**
   * 'helps' or 'hurts' only when the interval excludes 0 on that side; null when no interval
   * could be computed.
   */
  verdict: WhatIfVerdict | null;
}

export interface WhatIfCoverage {
  /** Out-of-sample records with a label: every metric rests on these. */
  labeled: number;
  /** Out-of-sample records: those of every window that had a fit window before it. */
  total: number;
  share: number;
}

export interface WhatIfChanged {
  /** Records whose 0/1 decision changed. */
  decisions: number;
  /** Records whose score changed (recalibration only; 0 for a threshold). */
  scores: number;
  /** Out-of-sample records the remediation was applied to. */
  of: number;
}

export type SkipReason = 'no-labels' | 'no-fit-window' | 'fit-one-class';

export interface SkippedWindow {
  start: number;
  reason: SkipReason;
  records: number;
}

export interface BacktestRow {
  /** The fit windows' span (start of the first, end of the last) and their labeled records. */
  fit: { start: number; end: number; labeled: number };
  score: { start: number; end: number; records: number; labeled: number };
  before: Partial<Record<WhatIfMetric, number | null>>;
  after: Partial<Record<WhatIfMetric, number | null>>;
  changed: WhatIfChanged;
  parameters: WhatIfParameters;
}

export type WhatIfParameters =
  | {
      kind: 'threshold';
      /** Decision: positive when score >= threshold; null when no threshold met the objective. */
      global: number | null;
      /** Slices with their own threshold; others use `global`. */
      perSlice: Record<string, number>;
      /** Slices that fell back to `global`, with why. */
      fallback: Record<string, string>;
    }
  | { kind: 'platt'; a: number; b: number; input: 'logit(score)' }
  | { kind: 'isotonic'; x: number[]; y: number[]; between: 'linear'; outside: 'clip' }
  | { kind: 'prior'; trainingPrior: number; newPrior: number; ratio: number; iterations: number }
  | { kind: 'fallback'; where: SlicePredicate[]; action: FallbackAction; recordsRouted: number }
  | { kind: 'rollback'; version: string; threshold: number; shadowColumn: string }
  | {
      kind: 'repair';
      stage: string;
      column: string;
      with: RepairMethod;
      where?: SlicePredicate[];
      /** impute: the reference value used; clip: the reference range; upstream: the stage values came from. */
      replacement: { value?: number | string; range?: [number, number]; upstreamStage?: string };
      /** The ONNX model file per model version that re-scored the records. */
      models: Record<string, string>;
    }

  | { kind: 'schedule'; policy: RetrainPolicy; retrainCost: number; retrains: number[] };

/** What to ship: the remediation fitted on the most recent fit windows. */
export interface WhatIfExport {
  fittedOn: { start: number; end: number; labeled: number };
  parameters: WhatIfParameters;
  /** The rule the parameters belong to, in words. */
  rule: string;
}

/** What a simulation computes from the records alone; `WhatIfResult` adds where they came from and the breakdowns. */
export interface WhatIfCore {
  kind: 'whatif';
  version: 1;
  remediation: Remediation;
  bucket: TimeBucketName;
  /** The metric the verdict is read from (the objective's own metric). */
  primary: WhatIfMetric;
  verdict: WhatIfVerdict | null;
  before: Partial<Record<WhatIfMetric, WhatIfValue>>;
  after: Partial<Record<WhatIfMetric, WhatIfValue>>;
  difference: Partial<Record<WhatIfMetric, WhatIfDifference>>;
  coverage: WhatIfCoverage;
  recordsChanged: WhatIfChanged;
  backtest: {
    rows: BacktestRow[];
    skipped: SkippedWindow[];
    /** How many labeled windows each fit uses. */
    fitWindows: number;
    bootstrap: { replicates: number; seed: number; level: number };
  };
  assumptions: string[];
  /** null when no window could be fitted. */
  export: WhatIfExport | null;
  /** The retraining-schedule replay (schedule only). */
  schedule?: ScheduleReplay;
}

export interface WhatIfResult extends WhatIfCore {
  /** A title for surfaces that show every result kind, and the manifest's absolute path. */
  pipeline: string;
  source: string;
  /** Each metric before and after per window of the compared labeled records, in time order. */
  overTime: WhatIfWindow[];
  /** The primary metric before and after per value of a few slice columns (see `WhatIfScope.groupBy`). */
  bySlice: WhatIfSliceRow[];
  /** Slice columns a surface may pass as `groupBy` to break the result down by. */
  sliceColumns: string[];
}

export interface WhatIfWindow {
  start: number;
  end: number;
  labeled: number;
  before: Partial<Record<WhatIfMetric, number | null>>;
  after: Partial<Record<WhatIfMetric, number | null>>;
}

export interface WhatIfSliceRow {
  column: string;
  value: string;
  /** Compared labeled records in the slice. */
  labeled: number;
  before: WhatIfValue;
  after: WhatIfValue;
  difference: WhatIfDifference;
}

/** The primary metric's mean change at a model age, against the same versions' first days. */
export interface ModelAgePoint {
  ageDays: number;
  /** Versions measured at this age (each weighs the same in `change`). */
  versions: number;
  /** Windows (of every version) at this age, and their labeled records. */
  windows: number;
  labeled: number;
  change: WhatIfValue;
}

export interface ScheduleOutcome {
  policy: RetrainPolicy;
  /** Epoch ms of each simulated retraining. */
  retrains: number[];
  /** retrains × retrainCost. */
  retrainCost: number;
  /** The primary metric over the history under this policy. */
  metric: WhatIfValue;
  /** Against the history as logged. */
  difference: WhatIfDifference;
  /** Expected cost of errors plus retraining, when a cost matrix is known; else null. */
  totalCost: number | null;
}

export interface ScheduleReplay {
  /** Performance against model age, measured on the logged versions. */
  ageCurve: ModelAgePoint[];
  /** Every policy replayed (never, every N days, on drift), the chosen one included. */
  outcomes: ScheduleOutcome[];
  /** Days per age span of `ageCurve` (7: by week of age). */
  ageUnitDays: number;
  /** Days of label lag a retraining waits for: a model retrained at t learns from labels up to t − lag. */
  labelLagDays: number;
}
