import { buildChart, chartTitle, chartsFor, type ChartKey } from '../../core/charts';
import type { AnalysisRequest, DriftResult, DriftSource, MonitorResult, TimeBucketName } from '../../core/protocol';
import { targetLabel } from '../explorer/explorerItems';

export type MonitorRequest = Extract<AnalysisRequest, { kind: 'monitor' }>;
export type DriftRequest = Extract<AnalysisRequest, { kind: 'drift' }>;
/** What a monitoring dashboard shows: a pipeline's monitoring, or one drift comparison. */
export type DashboardRequest = MonitorRequest | DriftRequest;
export type DashboardResult = MonitorResult | DriftResult;

/** One dashboard per pipeline, and one per pair of drift sources. */
export function dashboardKey(request: DashboardRequest): string {
  if (request.kind === 'monitor') return `monitor:${request.target}`;
  return `drift:${JSON.stringify([request.reference, request.current, request.columns ?? null])}`;
}

export function dashboardTitle(request: DashboardRequest, result?: DashboardResult): string {
  if (request.kind === 'monitor') return `Monitor: ${result?.pipeline ?? targetLabel(request.target)}`;
  return `Drift: ${sourceLabel(request.reference)} vs ${sourceLabel(request.current)}`;
}

/** The progress notification's title while the dashboard computes. */
export function progressTitle(request: DashboardRequest): string {
  if (request.kind === 'monitor') return `Sightline: monitoring ${targetLabel(request.target)}`;
  return `Sightline: drift of ${sourceLabel(request.current)} against ${sourceLabel(request.reference)}`;
}

/** A drift side in a few words: the file's name, or "stage 2001-01-01..2001-02-01". */
export function sourceLabel(source: DriftSource): string {
  if ('file' in source) return targetLabel(source.file);
  if (source.start === undefined && source.end === undefined) return source.stage;
  return `${source.stage} ${day(source.start)}..${day(source.end)}`;
}

function day(ms: number | undefined): string {
  if (ms === undefined) return '';
  const iso = new Date(ms).toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : `${iso.slice(0, 16)}Z`;
}

/**
 * Reads what a restored webview saved with setState. It comes back from disk after a reload,
 * so it is checked, not trusted; only the request matters, the result is recomputed.
 */
export function parseDashboardState(state: unknown): DashboardRequest | undefined {
  const request = isObject(state) ? state.request : undefined;
  if (!isObject(request)) return undefined;
  if (request.kind === 'monitor') {
    if (typeof request.target !== 'string' || !request.target) return undefined;
    const buckets: unknown[] = ['hour', 'day', 'week'];
    return {
      kind: 'monitor',
      target: request.target,
      ...(buckets.includes(request.bucket) ? { bucket: request.bucket as TimeBucketName } : {}),
      ...(typeof request.performance === 'boolean' ? { performance: request.performance } : {}),
    };
  }
  if (request.kind === 'drift') {
    const reference = parseSource(request.reference);
    const current = parseSource(request.current);
    if (!reference || !current) return undefined;
    const columns = Array.isArray(request.columns) && request.columns.every((c) => typeof c === 'string') ? (request.columns as string[]) : undefined;
    return { kind: 'drift', reference, current, ...(columns ? { columns } : {}) };
  }
  return undefined;
}

function parseSource(value: unknown): DriftSource | undefined {
  if (!isObject(value)) return undefined;
  if (typeof value.file === 'string' && value.file) return { file: value.file };
  if (typeof value.target !== 'string' || !value.target || typeof value.stage !== 'string' || !value.stage) return undefined;
  const bound = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
  const start = bound(value.start);
  const end = bound(value.end);
  return { target: value.target, stage: value.stage, ...(start !== undefined ? { start } : {}), ...(end !== undefined ? { end } : {}) };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The dashboard's charts that have something to draw, for the export and copy pickers. */
export function dashboardCharts(result: DashboardResult): { key: ChartKey; title: string }[] {
  return chartsFor(result.kind)
    .filter((key) => buildChart(key, result) !== undefined)
    .map((key) => ({ key, title: chartTitle(key) }));
}
