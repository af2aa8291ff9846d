import type { AnalysisRequest, TimeBucketName } from '../../core/protocol';
import { targetLabel } from '../explorer/explorerItems';

export type TraceRequest = Extract<AnalysisRequest, { kind: 'trace' }>;

/** One Stage Trace panel per pipeline. */
export function stageTraceKey(request: TraceRequest): string {
  return `trace:${request.target}`;
}

export function stageTraceTitle(request: TraceRequest, pipeline?: string): string {
  return `Stage Trace: ${pipeline ?? targetLabel(request.target)}`;
}

export function stageTraceProgressTitle(request: TraceRequest): string {
  return `Sightline: tracing the stages of ${targetLabel(request.target)}`;
}

const BUCKETS: readonly unknown[] = ['hour', 'day', 'week'];

/**
 * Reads what a restored Stage Trace webview saved with setState. It comes back from disk after
 * a reload, so it is checked, not trusted; the trace is recomputed from the request.
 */
export function parseStageTraceState(state: unknown): TraceRequest | undefined {
  const request = isObject(state) ? state.request : undefined;
  if (!isObject(request) || request.kind !== 'trace' || typeof request.target !== 'string' || !request.target) return undefined;
  return {
    kind: 'trace',
    target: request.target,
    ...(BUCKETS.includes(request.bucket) ? { bucket: request.bucket as TimeBucketName } : {}),
    ...(typeof request.performance === 'boolean' ? { performance: request.performance } : {}),
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
