import { buildChart, chartTitle, isChartKey, type ChartKey } from '../../core/charts';
export { targetLabel } from '../explorer/explorerItems';
import type { AnalysisRequest, OverviewResult, TimeBucketName } from '../../core/protocol';

type OverviewRequest = Extract<AnalysisRequest, { kind: 'overview' }>;

/**
 * Reads what a restored webview saved with setState. It comes back from disk after a reload,
 * so it is checked, not trusted; only the request matters, the result is recomputed.
 */
export function parsePanelState(state: unknown): { request: OverviewRequest } | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  const request = (state as { request?: unknown }).request;
  if (typeof request !== 'object' || request === null) return undefined;
  const { kind, target, bucket } = request as { kind?: unknown; target?: unknown; bucket?: unknown };
  if (kind !== 'overview' || typeof target !== 'string' || !target) return undefined;
  const buckets: unknown[] = ['hour', 'day', 'week'];
  return { request: { kind, target, ...(buckets.includes(bucket) ? { bucket: bucket as TimeBucketName } : {}) } };
}

/** The overview's charts that have something to draw, for the export and copy pickers. */
export function chartChoices(result: OverviewResult): { key: ChartKey; title: string }[] {
  const keys = ['overview.volume', 'overview.nullRates', 'overview.labelCoverage'].filter(isChartKey);
  return keys.filter((key) => buildChart(key, result) !== undefined).map((key) => ({ key, title: chartTitle(key) }));
}
