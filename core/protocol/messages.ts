/**
 * Every message that crosses a boundary (extension host <-> analysis worker, host <-> webview
 * panel, host <-> notebook renderer, host <-> log editor) is typed here once and used by both
 * sides, so a change to a message is a compile error wherever it is sent or handled.
 */
import type { ResultKind, SightlineResult } from './results';
import type { ColumnType } from './columns';
import type { DistributionComparison } from './monitor';
import type { DrillDown } from './drillDown';

export type { DrillDown } from './drillDown';
import type { LineageResult } from './lineage';
import type { SlicePredicate } from './slices';
import type { SliceProfile } from './sliceProfile';
import type { WhatIfAsk, WhatIfResult, WhatIfScope } from './whatif';
import type { EngineName } from '../io/pipeline';

export type TimeBucketName = 'hour' | 'day' | 'week';

/** Length of each window size in milliseconds (weeks start on Monday, UTC). */
export const BUCKET_MS: Readonly<Record<TimeBucketName, number>> = { hour: 3_600_000, day: 86_400_000, week: 7 * 86_400_000 };

/** An error as it crosses a boundary: what, where and what to do. */
export interface ErrorInfo {
  code: string;
  message: string;
  hint?: string;
  file?: string;
  line?: number;
  column?: string;
  /** The user cancelled; not a failure to report. */
  cancelled?: boolean;
}

export interface ProgressInfo {
  message: string;
  done: number;
  total: number;
}

// ---------------------------------------------------------------- analysis worker

/** What the worker can compute. `target` is a sightline.json, a folder or one log file. */
export type AnalysisRequest =
  | { kind: 'inspect'; target: string }
  | { kind: 'overview'; target: string; bucket?: TimeBucketName }
  /** `performance: false` skips the performance series and its bootstrap (data quality only, faster). */
  | { kind: 'monitor'; target: string; bucket?: TimeBucketName; performance?: boolean }
  | { kind: 'drift'; reference: DriftSource; current: DriftSource; columns?: string[] }
  /** The reference's distribution of one column beside a window's (epoch ms, end exclusive). */
  | { kind: 'distribution'; target: string; stage: string; column: string; start: number; end: number }
  /**
   * Slices where the pipeline's prediction error is worst: the predictions joined by record key
   * with their labels and with the columns of the stages before them; optionally only records
   * whose event time is in [start, end).
   */
  | { kind: 'slices'; target: string; start?: number; end?: number; features?: string[]; maxLevel?: number; k?: number }
  /**
   * One slice of a `slices` request (same target, range and features, so the same feature
   * encoding) against the rest: per feature and bin, and per time bucket of the event time.
   */
  | { kind: 'sliceProfile'; target: string; start?: number; end?: number; features?: string[]; predicates: SlicePredicate[]; bucket?: TimeBucketName }
  /** Slices of one stage whose share of rows changed most between two event-time ranges (no labels needed). */
  | { kind: 'sliceDiff'; target: string; stage: string; reference: TimeRangeMs; current: TimeRangeMs }
  | { kind: 'trace'; target: string; bucket?: TimeBucketName; performance?: boolean }
  /** One record's path through the stages. */
  | { kind: 'lineage'; target: string; key: string }
  /** A few record keys to start a lineage from (the first keys of the first keyed stage; 3 by default). */
  | { kind: 'lineageKeys'; target: string; count?: number }
  /** A remediation simulated on the pipeline's logs and backtested (core/react). */
  | { kind: 'whatif'; target: string; ask: WhatIfAsk; scope?: WhatIfScope }
  | { kind: 'logPage'; file: string; offset: number; limit: number }
  | { kind: 'logSummary'; file: string };

/** `engine` overrides the engine every manifest names (absent: each manifest's own) for the runs after it. */
export type HostToWorker =
  | { type: 'run'; id: number; request: AnalysisRequest }
  | { type: 'cancel'; id: number }
  | { type: 'engine'; engine?: EngineName };

export type WorkerToHost =
  | { type: 'progress'; id: number; progress: ProgressInfo }
  | { type: 'done'; id: number; response: AnalysisResponse }
  | { type: 'failed'; id: number; error: ErrorInfo };

/** Epoch ms, start inclusive, end exclusive; an open end is absent. */
export interface TimeRangeMs {
  start?: number;
  end?: number;
}

/**
 * One side of a drift comparison: a log file, or a stage of a pipeline (sightline.json or
 * folder) optionally cut to an event-time range (epoch ms, end exclusive; the stage's time column).
 */
export type DriftSource = { file: string } | { target: string; stage: string; start?: number; end?: number };

export type AnalysisResponse =
  | { kind: 'result'; result: SightlineResult }
  | { kind: 'distribution'; distribution: DistributionComparison }
  | { kind: 'logPage'; page: LogPage }
  | { kind: 'logSummary'; summary: LogFileSummary }
  | { kind: 'lineageKeys'; keys: string[] }
  | { kind: 'sliceProfile'; profile: SliceProfile };

// ---------------------------------------------------------------- log file editor

export interface LogColumnInfo {
  name: string;
  type: ColumnType;
  nullRate: number;
  distinct?: number;
  min?: number;
  max?: number;
  /** Histogram on fixed edges (numbers, time) or top values (categories). */
  histogram?: { edges: number[]; counts: number[] } | { values: string[]; counts: number[] };
}

export interface LogFileSummary {
  file: string;
  format: string;
  rowCount: number;
  skippedRows: number;
  columns: LogColumnInfo[];
  diagnostics: { severity: string; message: string; line?: number; column?: string }[];
}

/**
 * One page of rows, column by column. Numeric and time columns travel as Float64Array (NaN is
 * missing) so they post as ArrayBuffers; categories as codes into a page-local dictionary.
 */
export interface LogPage {
  file: string;
  offset: number;
  rowCount: number;
  columns: LogPageColumn[];
}

export type LogPageColumn =
  | { name: string; type: 'number' | 'boolean' | 'time'; values: Float64Array }
  | { name: string; type: 'category'; codes: Int32Array; dictionary: string[] };

export type HostToLogEditor =
  | { type: 'summary'; summary: LogFileSummary }
  | { type: 'page'; page: LogPage }
  | { type: 'progress'; progress: ProgressInfo }
  | { type: 'error'; error: ErrorInfo };

export type LogEditorToHost =
  | { type: 'ready' }
  | { type: 'requestPage'; offset: number; limit: number }
  | { type: 'copy'; format: 'csv' | 'json'; text: string };

// ---------------------------------------------------------------- result panels

export interface PanelState {
  /** What the panel shows, so a reload can recompute it. */
  request: AnalysisRequest;
  /** The last result, kept by the webview with setState so a restore draws at once. */
  result?: SightlineResult;
  /** The Stage Trace panel: the record lineage on screen, drawn again on restore. */
  lineage?: LineageResult;
}

export interface ThemeSettings {
  /** The `sightline.charts.forceLight` setting. */
  forceLight: boolean;
}

export type HostToPanel =
  | { type: 'result'; result: SightlineResult; request: AnalysisRequest }
  | { type: 'progress'; progress: ProgressInfo }
  | { type: 'error'; error: ErrorInfo }
  | { type: 'theme'; theme: ThemeSettings }
  /** `chart` is a chart key (core/charts registry); without it the panel exports its first chart. */
  | { type: 'exportChart'; format: 'png' | 'svg'; chart?: string }
  | { type: 'copyResult'; format: 'csv' | 'json' }
  /** The monitoring dashboard: select this alert's stage, column and window (from the tree or a command). */
  | { type: 'selectAlert'; alert: string }
  /** The answer to `requestDistribution`, with the query it answers (a newer selection may be on screen). */
  | { type: 'distribution'; query: DistributionQuery; distribution: DistributionComparison }
  | { type: 'distributionFailed'; query: DistributionQuery; error: ErrorInfo }
  /** The Stage Trace panel: select the incident this monitor alert belongs to (from the tree). */
  | { type: 'selectIncident'; alert: string }
  /** The Stage Trace panel: a few record keys to offer as examples in the lineage view. */
  | { type: 'lineageKeys'; keys: string[] }
  /** The answer to `requestLineage`. */
  | { type: 'lineage'; result: LineageResult }
  | { type: 'lineageFailed'; key: string; error: ErrorInfo };

/** One heat-map cell of the monitoring dashboard: a stage's column over one window (epoch ms, end exclusive). */
export interface DistributionQuery {
  stage: string;
  column: string;
  start: number;
  end: number;
}

export type PanelToHost =
  | { type: 'ready' }
  | { type: 'saveImage'; format: 'png' | 'svg'; data: string; suggestedName: string }
  | { type: 'copy'; format: 'csv' | 'json'; text: string }
  | { type: 'rerun' }
  /** Stop the computation the panel is waiting for. */
  | { type: 'cancel' }
  | { type: 'openFile'; path: string; line?: number }
  /** The monitoring dashboard asks for the reference-vs-window distribution of a selected cell. */
  | ({ type: 'requestDistribution' } & DistributionQuery)
  /** The Stage Trace panel asks for one record's lineage. */
  | { type: 'requestLineage'; key: string };

/** What-If panel: one simulated remediation as asked and answered (`id` counts runs in the panel). */
export interface WhatIfRun {
  id: number;
  ask: WhatIfAsk;
  scope: WhatIfScope;
  result: WhatIfResult;
}

/** What a What-If panel was opened for: the form's preset, and where it came from in words. */
export interface WhatIfSetup {
  target: string;
  ask?: WhatIfAsk;
  scope: WhatIfScope;
  /** e.g. "alert a3 · features.age" or "slice region = west"; shown above the form. */
  origin?: string;
  /** Start the preset at once (commands that already asked the user what to simulate). */
  run?: boolean;
}

export type HostToWhatIf =
  | { type: 'setup'; setup: WhatIfSetup }
  | { type: 'whatIfRun'; run: WhatIfRun }
  | { type: 'progress'; progress: ProgressInfo }
  | { type: 'error'; error: ErrorInfo }
  | { type: 'theme'; theme: ThemeSettings }
  | { type: 'exportChart'; format: 'png' | 'svg'; chart?: string };

/** Messages only the What-If panel sends; its common ones travel as `PanelToHost`. */
export type WhatIfToHost =
  | { type: 'runWhatIf'; ask: WhatIfAsk; scope: WhatIfScope }
  /** Save run `id`'s `export` (the parameters to ship) through a save dialog. */
  | { type: 'exportWhatIf'; id: number };

/** What the What-If webview keeps with setState, so a restored panel shows every run at once. */
export interface WhatIfPanelState {
  setup: WhatIfSetup;
  runs: WhatIfRun[];
  /** The run shown in detail. */
  selected?: number;
}

// ---------------------------------------------------------------- notebook renderer

export type RendererToHost =
  /** The renderer asks what the host can do (see `HostToRenderer`). */
  | { type: 'hello' }
  | { type: 'openInPanel'; result: SightlineResult }
  | { type: 'saveImage'; format: 'png' | 'svg'; data: string; suggestedName: string }
  /** Insert a cell reproducing the drill-down below the cell that holds output `outputId`. */
  | { type: 'drillDown'; outputId?: string; drill: DrillDown };

/** The result kinds the host can open in a panel; the renderer shows "Open in panel" for those only. */
export type HostToRenderer = { type: 'capabilities'; openInPanel: ResultKind[] };

// ---------------------------------------------------------------- notebook kernel worker

/** One MIME representation of a cell output; JSON payloads travel as their JSON text. */
export interface KernelOutputItem {
  mime: string;
  text: string;
}

/** A cell error as the user should read it: no kernel or host frames. */
export interface KernelError {
  name: string;
  message: string;
  /** The user's frames only (`at cell 3, line 2`), or a hint; may be empty. */
  stack: string;
}

/** `executionOrder` names the cell in error frames (`cell [3], line 2`). */
export type HostToKernel = { type: 'execute'; id: number; code: string; executionOrder: number };

export type KernelToHost =
  | { type: 'stream'; id: number; stream: 'stdout' | 'stderr'; text: string }
  | { type: 'display'; id: number; items: KernelOutputItem[] }
  | { type: 'done'; id: number; items: KernelOutputItem[] }
  | { type: 'failed'; id: number; error: KernelError };
