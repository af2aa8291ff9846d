/**
 * Every message that crosses a boundary (extension host <-> analysis worker, host <-> webview
 * panel, host <-> notebook renderer, host <-> log editor) is typed here once and used by both
 * sides, so a change to a message is a compile error wherever it is sent or handled.
 */
import type { SightlineResult } from './results';
import type { ColumnType } from './columns';

export type TimeBucketName = 'hour' | 'day' | 'week';

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
  | { kind: 'logPage'; file: string; offset: number; limit: number }
  | { kind: 'logSummary'; file: string };

export type HostToWorker =
  | { type: 'run'; id: number; request: AnalysisRequest }
  | { type: 'cancel'; id: number };

export type WorkerToHost =
  | { type: 'progress'; id: number; progress: ProgressInfo }
  | { type: 'done'; id: number; response: AnalysisResponse }
  | { type: 'failed'; id: number; error: ErrorInfo };

export type AnalysisResponse =
  | { kind: 'result'; result: SightlineResult }
  | { kind: 'logPage'; page: LogPage }
  | { kind: 'logSummary'; summary: LogFileSummary };

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
  | { type: 'copyResult'; format: 'csv' | 'json' };

export type PanelToHost =
  | { type: 'ready' }
  | { type: 'saveImage'; format: 'png' | 'svg'; data: string; suggestedName: string }
  | { type: 'copy'; format: 'csv' | 'json'; text: string }
  | { type: 'rerun' }
  /** Stop the computation the panel is waiting for. */
  | { type: 'cancel' }
  | { type: 'openFile'; path: string; line?: number };

// ---------------------------------------------------------------- notebook renderer

export type RendererToHost =
  | { type: 'openInPanel'; result: SightlineResult }
  | { type: 'saveImage'; format: 'png' | 'svg'; data: string; suggestedName: string };

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
