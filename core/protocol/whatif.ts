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

export type Remediation =
  | { kind: 'threshold'; objective: ThresholdObjective; perSlice?: { minLabeled: number } }
  | { kind: 'recalibrate'; method: RecalibrationMethod }
  /** Route a slice's records to a default decision, or to people (left out of the automated metrics). */
  | { kind: 'fallback'; where: SlicePredicate[]; action: FallbackAction }
  /** Serve `previous` instead of `current`, compared on the same records through shadow predictions. */
  | { kind: 'rollback'; current: string; previous: string }
  /** Replace `stage.column` on the records `where` selects, then re-score them with the model. */
  | { kind: 'repair'; stage: string; column: string; where?: SlicePredicate[]; with: RepairMethod; upstreamStage?: string };

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
    };

/** What to ship: the remediation fitted on the most recent fit windows. */
export interface WhatIfExport {
  fittedOn: { start: number; end: number; labeled: number };
  parameters: WhatIfParameters;
  /** The rule the parameters belong to, in words. */
  rule: string;
}

export interface WhatIfResult {
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
}
