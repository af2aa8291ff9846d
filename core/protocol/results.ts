import type { ColumnRole, ColumnType } from './columns';
import type { Diagnostic } from './diagnostics';
import type { MonitorResult } from './monitor';
import type { DriftResult } from './drift';
import type { SliceDiffResult, SlicesResult } from './slices';
import type { TraceResult } from './trace';
import type { LineageResult } from './lineage';
import type { WhatIfResult } from './whatif';
import type { EngineName } from '../io/pipeline';

/**
 * Every analysis returns one of these plain, JSON-serializable objects. The CLI prints it,
 * panels receive it, notebook outputs carry it and the HTML report embeds it.
 */
export const RESULT_VERSION = 1;

export type ResultKind = 'inspect' | 'overview' | 'monitor' | 'drift' | 'slices' | 'slice-diff' | 'trace' | 'lineage' | 'whatif';

export function resultMimeType(kind: ResultKind): string {
  return `application/vnd.sightline.${kind}+json`;
}

/** A time interval in epoch milliseconds (UTC): for a stage, its first and last event time. */
export interface TimeSpan {
  start: number;
  end: number;
}

export interface ColumnSummary {
  name: string;
  type: ColumnType;
  role?: ColumnRole;
  nullRate: number;
  nullCount: number;
  /** Distinct values for categories, if known. */
  distinct?: number;
  min?: number;
  max?: number;
}

export interface FileSummary {
  path: string;
  format: LogFormat;
  rows: number;
  bytes: number;
  skippedRows: number;
}

export type LogFormat = 'csv' | 'jsonl' | 'parquet' | 'arrow';

export interface LabelSummary {
  /** Share of records (0..1) of the prediction stage that have a label. */
  coverage: number;
  labeled: number;
  total: number;
  /** Label lag quantiles in milliseconds, when a label time is known. */
  lagMs?: { p50: number; p90: number; p99: number; max: number };
  /** Where labels come from: a column of the stage or a joined feedback stage. */
  source: string;
}

export interface StageSummary {
  name: string;
  files: FileSummary[];
  rows: number;
  columns: ColumnSummary[];
  timeColumn?: string;
  keyColumn?: string;
  timeSpan?: TimeSpan;
  labels?: LabelSummary;
}

export interface InspectResult {
  kind: 'inspect';
  version: typeof RESULT_VERSION;
  pipeline: string;
  /** Absolute path of the manifest, or of the single file that was inferred. */
  source: string;
  inferred: boolean;
  /** What Sightline guessed when there was no manifest. */
  guesses: string[];
  stages: StageSummary[];
  diagnostics: Diagnostic[];
  /** Where the statistics were computed; absent in results from before engines could be chosen (in memory). */
  engine?: EngineName;
}

export interface VolumeSeries {
  stage: string;
  /** Bucket starts, epoch ms. */
  buckets: number[];
  counts: number[];
}

export interface NullRateCell {
  stage: string;
  column: string;
  nullRate: number;
}

export interface LabelCoverageSeries {
  buckets: number[];
  /** Share of predictions in the bucket that have a label (0..1). */
  coverage: number[];
  /** Median label lag in hours per bucket; null where no labels. */
  medianLagHours: (number | null)[];
}

export interface OverviewResult {
  kind: 'overview';
  version: typeof RESULT_VERSION;
  pipeline: string;
  bucket: 'hour' | 'day' | 'week';
  volume: VolumeSeries[];
  nullRates: NullRateCell[];
  labelCoverage?: LabelCoverageSeries;
  inspect: InspectResult;
  /** Windowed monitoring, when the report was asked for its detection section. */
  monitor?: MonitorResult;
}

export type SightlineResult = InspectResult | OverviewResult | MonitorResult | DriftResult | SlicesResult | SliceDiffResult | TraceResult | LineageResult | WhatIfResult;
