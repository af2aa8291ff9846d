import type { TimeBucketName } from './messages';
import type { AlertKind, AlertSubpopulation, MonitorReference } from './monitor';

/**
 * Stage trace: the monitor's alerts grouped into incidents across stages, each with the first
 * stage and column where it shows (the root), its onset found by change-point detection, where
 * it propagates downstream, the records lost or altered between consecutive stages and, with a
 * runs log, the component runs and code versions in its lineage.
 */
export interface TraceResult {
  kind: 'trace';
  version: 1;
  pipeline: string;
  /** Absolute path of the manifest, or of the single file that was inferred. */
  source: string;
  bucket: TimeBucketName;
  reference: MonitorReference;
  /** Every stage name in pipeline order (absent in results saved before it was added). */
  stages?: string[];
  /** Incidents, earliest onset first. */
  incidents: TraceIncident[];
  /** Every monitor alert with the incident it belongs to, its root and its own onset estimate. */
  alerts: TraceAlert[];
  /** Per pair of consecutive keyed stages. */
  stageLoss: StageLoss[];
  /** With a runs log: code versions and runs, most flagged outputs downstream first. */
  runsRanking?: RunsRanking;
  /** What could not be traced and why, and the rules used, in words. */
  notes: string[];
}

/** How an onset was found. */
export type OnsetMethod =
  /** Least-squares single mean shift of the alert's per-window score (see `OnsetEstimate`). */
  | 'mean-shift'
  /** The series was too short or flat for a change point: the monitor's first flagged window. */
  | 'first-flagged';

/**
 * Onset of one alert: the first window of the shifted segment of a single mean-shift model fitted
 * by least squares to the alert's per-window score, from the first window through the alert's last.
 * `interval` holds every onset whose profile log-likelihood, -n/2 log(SSE/n), is within
 * `ONSET_LOG_LIKELIHOOD_MARGIN` of the best (a likelihood ratio of at least e^-1.92, the 95%
 * chi-squared(1) cutoff halved): the windows the data cannot tell apart from the best.
 */
export interface OnsetEstimate {
  /** Window start, epoch ms. */
  onset: number;
  /** Earliest and latest window start of the interval, epoch ms. */
  interval: [number, number];
  method: OnsetMethod;
}

export interface TraceAlert extends OnsetEstimate {
  /** The monitor alert's id. */
  id: string;
  kind: AlertKind;
  stage: string;
  /** The alert's own column ('*' for stage-level alerts). */
  column: string;
  severity: 'warn' | 'alert';
  /** The monitor's first flagged window (threshold crossing), epoch ms. */
  flaggedFrom: number;
  /** Index into `incidents`. */
  incident: number;
  /** The incident's root: first stage in pipeline order where it shows, and the column there. */
  firstStage: string;
  firstColumn: string;
}

export interface TraceIncident {
  /** Ids of the monitor alerts in the incident. */
  alerts: string[];
  /** First stage in pipeline order where the incident shows, and its column there. */
  firstStage: string;
  column: string;
  /** The root alert's kind. */
  rootKind: AlertKind;
  /** Onset of the root alert, epoch ms, with its interval (see `OnsetEstimate`). */
  onset: number;
  onsetInterval: [number, number];
  onsetMethod: OnsetMethod;
  /** Later stages where it shows: per stage, its earliest alert's column and onset. */
  downstream: { stage: string; column: string; kind: AlertKind; onset: number }[];
  /** Why the alerts were grouped, in words (one line per link). */
  links: string[];
  /** The slice where the root alert's change concentrates, when the monitor named one. */
  subpopulation?: AlertSubpopulation;
  /** With a runs log: the runs in the lineage of the root stage's onset window (see `IncidentRun`). */
  runs?: IncidentRun[];
}

/** A run that produced the root stage's onset window, or one upstream of it. */
export interface IncidentRun {
  component: string;
  runId: string;
  codeVersion: string;
  /** Epoch ms. */
  startedAt: number;
  /** True when this run's code version first ran within the incident's onset interval (or one window before). */
  versionBeganAtOnset: boolean;
  /** The component's code version before this one, when it changed. */
  previousCodeVersion?: string;
  /** Flagged outputs of this incident that the run's code version lies upstream of. */
  coverage: number;
}

/** Records lost or altered between two consecutive stages, joined by record key. */
export interface StageLoss {
  from: string;
  to: string;
  key: string;
  /** Shared columns (besides the key) compared for nulled and changed values. */
  columns: string[];
  upstream: number;
  /** Key present upstream, absent downstream. */
  dropped: number;
  /** Kept records with some shared column valued upstream and null downstream. */
  nulled: number;
  /** Kept records with some shared column valued on both sides but different. */
  changed: number;
  /** Per shared column: records nulled and changed in it. */
  byColumn: { column: string; nulled: number; changed: number }[];
  /** Per window of the upstream stage's time column. */
  byWindow: StageLossWindow[];
  /** Windows whose share of dropped, nulled or changed records jumps (the monitor's robust rule). */
  alerts: StageLossAlert[];
  /** Upstream rows whose key repeats (only the first is joined) or is missing. */
  duplicateKeys: number;
  missingKeys: number;
}

export interface StageLossWindow {
  start: number;
  upstream: number;
  dropped: number;
  nulled: number;
  changed: number;
}

export interface StageLossAlert {
  what: 'dropped' | 'nulled' | 'changed';
  start: number;
  /** The window's share of upstream records. */
  share: number;
  /** The reference windows' median share. */
  baseline: number;
  score: number;
  severity: 'warn' | 'alert';
}

/**
 * mltrace's coverage ranking: a flagged output is one window of one stage in which an alert
 * fired; it lies downstream of the run that produced it (the component's first run ending at or
 * after the window's end) and of that run's upstream runs (for each input, the last run writing
 * it that ended before the run started), recursively.
 */
export interface RunsRanking {
  flaggedOutputs: number;
  codeVersions: { component: string; codeVersion: string; runs: number; coverage: number; outputs: number; flaggedShare: number }[];
  /** The runs with the largest coverage, at most 20. */
  runs: RankedRun[];
}

export interface RankedRun {
  component: string;
  runId: string;
  codeVersion: string;
  /** Epoch ms. */
  startedAt: number;
  /** Flagged outputs downstream of this run. */
  coverage: number;
  /** The stages whose logs the run wrote (absent in results saved before it was added). */
  stages?: string[];
}
