import { buildChart, chartTitle, chartsFor, type ChartKey } from '../../core/charts';
import type { AlertKind, TimeBucketName, TimeRangeMs } from '../../core/protocol';
import type { SliceAlert, SliceExplorerRequest, SliceExplorerResults } from '../../core/protocol/sliceExplorer';
import { targetLabel } from '../explorer/explorerItems';

/** One explorer per pipeline search (with its range and options), one per alert. */
export function sliceExplorerKey(request: SliceExplorerRequest): string {
  if (request.kind === 'sliceAlert') return `sliceAlert:${request.target}#${request.alert.id}`;
  const { target, start, end, features, maxLevel, k } = request;
  return `slices:${JSON.stringify([target, start ?? null, end ?? null, features ?? null, maxLevel ?? null, k ?? null])}`;
}

export function sliceExplorerTitle(request: SliceExplorerRequest, pipeline?: string): string {
  const name = pipeline ?? targetLabel(request.target);
  if (request.kind === 'sliceAlert') return `Slices: ${name} · ${alertWhere(request.alert)}`;
  return `Slices: ${name}`;
}

export function sliceProgressTitle(request: SliceExplorerRequest): string {
  if (request.kind === 'sliceAlert') return `Sightline: slices of ${alertWhere(request.alert)} in ${targetLabel(request.target)}`;
  return `Sightline: finding slices of ${targetLabel(request.target)}`;
}

function alertWhere(alert: SliceAlert): string {
  return alert.column === '*' ? alert.stage : `${alert.stage}.${alert.column}`;
}

/** The chart keys with something to draw in the explorer's results, for Export Chart and Copy Result. */
export function sliceExplorerCharts(results: SliceExplorerResults): { key: ChartKey; title: string }[] {
  const parts = [results.diff, results.slices].filter((r) => r !== undefined);
  return parts.flatMap((result) => chartsFor(result.kind).filter((key) => buildChart(key, result) !== undefined)).map((key) => ({ key, title: chartTitle(key) }));
}

const ALERT_KINDS: readonly AlertKind[] = ['volume', 'nulls', 'out-of-range', 'unseen-category', 'schema', 'summary-shift', 'drift', 'label-lag'];
const BUCKETS: readonly TimeBucketName[] = ['hour', 'day', 'week'];

/**
 * Reads what a restored webview saved with setState, or what a command was given. It may come
 * back from disk after a reload, so it is checked, not trusted; results are recomputed.
 */
export function parseSliceExplorerRequest(value: unknown): SliceExplorerRequest | undefined {
  if (!isObject(value) || typeof value.target !== 'string' || !value.target) return undefined;
  if (value.kind === 'slices') {
    const features = Array.isArray(value.features) && value.features.every((f) => typeof f === 'string') ? (value.features as string[]) : undefined;
    return {
      kind: 'slices',
      target: value.target,
      ...optionalNumbers(value, ['start', 'end']),
      ...(features ? { features } : {}),
      ...positiveIntegers(value, ['maxLevel', 'k']),
    };
  }
  if (value.kind === 'sliceAlert') {
    const alert = parseAlert(value.alert);
    if (!alert) return undefined;
    const reference = parseRange(value.reference);
    const bucket = BUCKETS.find((b) => b === value.bucket);
    return { kind: 'sliceAlert', target: value.target, alert, ...(reference ? { reference } : {}), ...(bucket ? { bucket } : {}) };
  }
  return undefined;
}

/** The request inside a saved webview state `{ request, results? }`. */
export function parseSliceExplorerState(state: unknown): SliceExplorerRequest | undefined {
  return isObject(state) ? parseSliceExplorerRequest(state.request) : undefined;
}

function parseAlert(value: unknown): SliceAlert | undefined {
  if (!isObject(value)) return undefined;
  const { id, kind, stage, column, onset, last } = value;
  const alertKind = ALERT_KINDS.find((k) => k === kind);
  if (typeof id !== 'string' || !alertKind || typeof stage !== 'string' || !stage || typeof column !== 'string') return undefined;
  if (!isFiniteNumber(onset) || !isFiniteNumber(last) || last < onset) return undefined;
  return { id, kind: alertKind, stage, column, onset, last };
}

function parseRange(value: unknown): TimeRangeMs | undefined {
  if (!isObject(value)) return undefined;
  const range = optionalNumbers(value, ['start', 'end']);
  return range.start !== undefined && range.end !== undefined && range.end <= range.start ? undefined : range;
}

function optionalNumbers<K extends string>(value: Record<string, unknown>, names: K[]): Partial<Record<K, number>> {
  return Object.fromEntries(names.filter((n) => isFiniteNumber(value[n])).map((n) => [n, value[n]])) as Partial<Record<K, number>>;
}

function positiveIntegers<K extends string>(value: Record<string, unknown>, names: K[]): Partial<Record<K, number>> {
  return Object.fromEntries(names.filter((n) => Number.isInteger(value[n]) && (value[n] as number) > 0).map((n) => [n, value[n]])) as Partial<Record<K, number>>;
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
