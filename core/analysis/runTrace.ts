import type { AnalysisResponse } from '../protocol';
import type { EngineCache } from './engineCache';
import type { Progress, Request } from './runAnalysis';
import { traceOpened } from '../diagnose/trace/traceOpened';
import { LineageIndexes } from './lineageIndexes';

// Module-level on purpose: one per worker, like the worker's EngineCache whose entries key it.
const lineageIndexes = new LineageIndexes();

/**
 * Traces the pipeline's alerts across stages, on the cache's loaded tables. Performance and
 * label lag are monitored unless `performance: false`, as for `monitor` requests and the CLI.
 */
export async function runTrace(request: Request<'trace'>, cache: EngineCache, signal: AbortSignal | undefined, onProgress: Progress): Promise<AnalysisResponse> {
  const opened = await cache.open(request.target, { signal, onProgress });
  signal?.throwIfAborted();
  const result = await traceOpened(opened, { bucket: request.bucket, performance: request.performance !== false, signal, onProgress });
  return { kind: 'result', result };
}

/** One record's path through the stages; the key index is built once per loaded pipeline. */
export async function runLineage(request: Request<'lineage'>, cache: EngineCache, signal: AbortSignal | undefined, onProgress: Progress): Promise<AnalysisResponse> {
  const opened = await cache.open(request.target, { signal, onProgress });
  onProgress('indexing record keys', 0, 1);
  const index = await lineageIndexes.of(opened, signal);
  signal?.throwIfAborted();
  return { kind: 'result', result: index.lookup(request.key) };
}

/** A few record keys to start from (the first keys of the first keyed stage). */
export async function runLineageKeys(request: Request<'lineageKeys'>, cache: EngineCache, signal: AbortSignal | undefined, onProgress: Progress): Promise<AnalysisResponse> {
  const opened = await cache.open(request.target, { signal, onProgress });
  const index = await lineageIndexes.of(opened, signal);
  return { kind: 'lineageKeys', keys: index.exampleKeys(request.count) };
}
