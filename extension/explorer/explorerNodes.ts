import type { ColumnSummary, ErrorInfo, FileSummary, InspectResult, MonitorAlert, MonitorResult, StageSummary, TimeBucketName, TimeRangeMs } from '../../core/protocol';
import type { ResultState } from '../analysis/resultState';

/**
 * The explorer's tree as plain data: pipelines -> stages -> files and columns. Built from an
 * InspectResult by pure functions (no `vscode`), so the tree's content is unit tested.
 */
export type ExplorerNode =
  | PipelineNode
  | StageNode
  | GroupNode
  | FileNode
  | ColumnNode
  | AlertsNode
  | AlertNode
  | LoadingNode
  | ErrorNode;

/** A sightline.json, or one log file read as a one-stage pipeline. */
export interface PipelineNode {
  kind: 'pipeline';
  id: string;
  /** Absolute path of the manifest or log file: what analysis requests name. */
  target: string;
}

export interface StageNode {
  kind: 'stage';
  id: string;
  target: string;
  stage: StageSummary;
}

export interface GroupNode {
  kind: 'files' | 'columns';
  id: string;
  target: string;
  stage: StageSummary;
}

export interface FileNode {
  kind: 'file';
  id: string;
  target: string;
  /** Absolute path of the log file. */
  path: string;
  file: FileSummary;
}

export interface ColumnNode {
  kind: 'column';
  id: string;
  target: string;
  stageName: string;
  column: ColumnSummary;
}

export interface AlertsNode {
  kind: 'alerts';
  id: string;
  target: string;
}

/** One monitoring alert of a pipeline; clicking it opens the dashboard at the alert. */
export interface AlertNode {
  kind: 'alert';
  id: string;
  target: string;
  alert: MonitorAlert;
  /** The monitoring that raised the alert: actions on it reuse its reference and window instead of monitoring again. */
  reference: TimeRangeMs;
  bucket: TimeBucketName;
}

export interface LoadingNode {
  kind: 'loading';
  id: string;
  target: string;
}

export interface ErrorNode {
  kind: 'error';
  id: string;
  target: string;
  error: ErrorInfo;
}

/** What the explorer knows about one pipeline; `loading` keeps the previous result while it refreshes. */
export type PipelineState = ResultState<InspectResult>;

/** The data-quality monitoring behind the Alerts item; `loading` keeps the previous result while it reruns. */
export type AlertsState = ResultState<MonitorResult>;

export const noAlerts = (): AlertsState => ({ status: 'idle' });

export function alertsResultOf(state: AlertsState): MonitorResult | undefined {
  if (state.status === 'ready') return state.result;
  if (state.status === 'loading') return state.previous;
  return undefined;
}

/** Alerts before warnings, then by onset, then by score: the order a person triages them. */
export function alertChildren(node: AlertsNode, state: AlertsState): AlertNode[] {
  const result = alertsResultOf(state);
  if (!result) return [];
  const alerts = [...result.alerts];
  alerts.sort((a, b) => rank(b) - rank(a) || a.onset - b.onset || b.score - a.score);
  const reference = { start: result.reference.start, end: result.reference.end };
  return alerts.map((alert) => ({ kind: 'alert', id: `${node.id}/${alert.id}`, target: node.target, alert, reference, bucket: result.bucket }));
}

function rank(alert: MonitorAlert): number {
  return alert.severity === 'alert' ? 2 : 1;
}

export function pipelineNode(target: string): PipelineNode {
  return { kind: 'pipeline', id: target, target };
}

/** The children of a pipeline: what is known so far, or a Loading… / error row. */
export function pipelineChildren(node: PipelineNode, state: PipelineState): ExplorerNode[] {
  const { target } = node;
  const result = state.status === 'ready' ? state.result : state.status === 'loading' ? state.previous : undefined;
  if (!result) {
    if (state.status === 'error') return [{ kind: 'error', id: `${target}#error`, target, error: state.error }];
    return [{ kind: 'loading', id: `${target}#loading`, target }];
  }
  const stages: ExplorerNode[] = result.stages.map((stage) => ({ kind: 'stage', id: `${target}#stage:${stage.name}`, target, stage }));
  return [...stages, { kind: 'alerts', id: `${target}#alerts`, target }];
}

export function stageChildren(node: StageNode): GroupNode[] {
  const { target, stage } = node;
  return [
    { kind: 'files', id: `${node.id}/files`, target, stage },
    { kind: 'columns', id: `${node.id}/columns`, target, stage },
  ];
}

export function groupChildren(node: GroupNode): (FileNode | ColumnNode)[] {
  const { target, stage } = node;
  if (node.kind === 'files') {
    return stage.files.map((file) => ({ kind: 'file', id: `${node.id}/${file.path}`, target, path: file.path, file }));
  }
  return stage.columns.map((column) => ({ kind: 'column', id: `${node.id}/${column.name}`, target, stageName: stage.name, column }));
}

export function childrenOf(node: ExplorerNode, stateOf: (target: string) => PipelineState, alertsOf: (target: string) => AlertsState = noAlerts): ExplorerNode[] {
  switch (node.kind) {
    case 'alerts':
      return alertChildren(node, alertsOf(node.target));
    case 'pipeline':
      return pipelineChildren(node, stateOf(node.target));
    case 'stage':
      return stageChildren(node);
    case 'files':
    case 'columns':
      return groupChildren(node);
    default:
      return [];
  }
}
