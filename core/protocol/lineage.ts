/**
 * Record lineage: one record, found by its key, followed through the pipeline's stages, with
 * what changed between stages, its prediction, its label and the component runs behind it.
 * Instants are epoch milliseconds (UTC) as in the other results; cell values of time columns
 * are ISO strings, as `cellValue` shows them.
 */
export type LineageValue = string | number | boolean | null;

export interface LineageRow {
  /** Every column of the stage, in the stage's column order. */
  values: Record<string, LineageValue>;
  /** The stage's time column for this row, when it has one and a value. */
  time?: number;
  /** Absolute path of the log file the row was read from, when known. */
  file?: string;
}

export interface LineageChange {
  column: string;
  /** null when the upstream stage had the column but no value (the value was filled in). */
  from: LineageValue;
  to: LineageValue;
}

export interface LineageCell {
  column: string;
  value: LineageValue;
}

/** Same-named columns of this stage's first row against the nearest upstream stage's first row that has the record. */
export interface LineageDiff {
  against: string;
  /** Both stages have the column and the values differ. */
  changed: LineageChange[];
  /** The upstream value (shown in `value`) became null here. */
  nulled: LineageCell[];
  /** Columns this stage has and the upstream stage does not, with this stage's value. */
  added: LineageCell[];
  /** Columns the upstream stage has and this stage does not, with the upstream value. */
  removed: LineageCell[];
  /** Columns present on both sides with equal values. */
  unchanged: number;
}

/**
 * - present: one row; duplicated: several rows (the diff uses the first);
 * - dropped: an upstream stage had the record and this stage does not;
 * - absent: no upstream stage had it either (or this is the labels stage, which is joined by key);
 * - no-key: the stage has no key column, so the record cannot be looked up there.
 */
export type LineageStageStatus = 'present' | 'duplicated' | 'dropped' | 'absent' | 'no-key';

export interface LineageStage {
  stage: string;
  keyColumn?: string;
  timeColumn?: string;
  /** What the manifest says this stage holds, beyond being a step of the pipeline. */
  role?: 'predictions' | 'labels' | 'predictions+labels';
  status: LineageStageStatus;
  present: boolean;
  rows: LineageRow[];
  /** Absent for the first stage that has the record, for the labels stage, and where the record is missing. */
  diff?: LineageDiff;
}

export interface LineagePrediction {
  stage: string;
  /** Rows of the record in the prediction stage; the figures are from the first. */
  rows: number;
  time?: number;
  score?: LineageValue;
  class?: LineageValue;
  modelVersion?: LineageValue;
  /** Columns of the prediction stage whose name says "shadow" (a model scoring beside the live one). */
  shadow: LineageCell[];
}

export interface LineageLabel {
  stage: string;
  column: string;
  /** Rows of the record in the labels stage; the label is the earliest by label time, as performance counts it. */
  rows: number;
  value: LineageValue;
  time?: number;
  /** Label time minus prediction time, when both are known. */
  lagMs?: number;
}

export interface LineageRun {
  component: string;
  runId: string;
  start: number;
  end: number;
  codeVersion: string;
  inputs: string[];
  outputs: string[];
  /**
   * spans: the run's [start, end] contains the record's event time; next: no run of the
   * component does, and this is the first to start after it (a batch job processing the
   * records logged before it ran: the runs log has no data interval to say so exactly).
   */
  match: 'spans' | 'next';
  /** The component's code version before this one, and when this one first ran. */
  previousVersion?: string;
  versionSince: number;
}

export interface LineageResult {
  kind: 'lineage';
  version: 1;
  pipeline: string;
  /** Absolute path of the manifest, or of the single file that was inferred. */
  source: string;
  key: string;
  /** The record's event time: its time at the first stage (other than the labels stage) that has one. */
  eventTime?: number;
  /** Every stage in pipeline order. */
  stages: LineageStage[];
  prediction?: LineagePrediction;
  label?: LineageLabel;
  /** Per component of the runs log, the run behind the record; absent when the manifest has no runs log. */
  runs?: LineageRun[];
  /** Findings in words: drops, duplicates, a missing label, components with no run. */
  notes: string[];
}
