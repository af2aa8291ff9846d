import type { AnalysisRequest, ErrorInfo, ProgressInfo, ThemeSettings, TimeBucketName, TimeRangeMs } from './messages';
import type { AlertKind } from './monitor';
import type { SliceDiffResult, SlicesResult } from './slices';
import type { SliceProfile } from './sliceProfile';

export type SlicesRequest = Extract<AnalysisRequest, { kind: 'slices' }>;

/** The monitoring alert a Slice Explorer was opened from (what the tree's alert item carries). */
export interface SliceAlert {
  id: string;
  kind: AlertKind;
  stage: string;
  column: string;
  /** Window starts (epoch ms) of the alert's first and last window. */
  onset: number;
  last: number;
}

/**
 * What a Slice Explorer shows: the slices of a pipeline's prediction error, or what moved at
 * an alert (its stage's slices of change from the monitoring reference to the alert's windows,
 * and the error slices of those windows when the pipeline has predictions and labels).
 */
export type SliceExplorerRequest =
  | SlicesRequest
  | {
      kind: 'sliceAlert';
      target: string;
      alert: SliceAlert;
      /** The monitoring reference and window size; looked up by monitoring the pipeline when absent. */
      reference?: TimeRangeMs;
      bucket?: TimeBucketName;
    };

/** What the explorer found: either part may be missing, `notes` say why. */
export interface SliceExplorerResults {
  slices?: SlicesResult;
  /** The request `slices` answers (for an alert, its windows), so a notebook cell can repeat it. */
  slicesRequest?: SlicesRequest;
  diff?: SliceDiffResult;
  notes: string[];
}

export type HostToSliceExplorer =
  | { type: 'results'; request: SliceExplorerRequest; results: SliceExplorerResults }
  | { type: 'progress'; progress: ProgressInfo }
  | { type: 'error'; error: ErrorInfo }
  | { type: 'theme'; theme: ThemeSettings }
  /** `chart` is a chart key; without it the explorer exports its first chart. */
  | { type: 'exportChart'; format: 'png' | 'svg'; chart?: string }
  /** The answer to `requestProfile`, naming the slice it profiles (a newer selection may be on screen). */
  | { type: 'profile'; slice: SliceRef; profile: SliceProfile }
  | { type: 'profileProgress'; slice: SliceRef; progress: ProgressInfo }
  | { type: 'profileFailed'; slice: SliceRef; error: ErrorInfo };

/** A slice of the explorer's result: its list and index there. */
export interface SliceRef {
  list: 'top' | 'small';
  index: number;
}

/** Messages only the Slice Explorer sends; the panel's common messages travel as `PanelToHost`. */
export type SliceExplorerToHost =
  | ({ type: 'openInNotebook' } & SliceRef)
  /** The selected slice's distributions and time series, computed by the host (answered by `profile`). */
  | ({ type: 'requestProfile' } & SliceRef)
  /** "What if…" on the selected slice: opens the What-If panel with the slice's predicates as its scope. */
  | ({ type: 'whatIf' } & SliceRef);

/** What the explorer's webview keeps with setState, so a restored panel draws at once. */
export interface SliceExplorerState {
  request: SliceExplorerRequest;
  results?: SliceExplorerResults;
  /** The selected slice, drawn again (with its profile) on restore. */
  selected?: SliceRef;
}
