import { rowTables } from '../engine/rowTables';
import type { AnalysisResponse } from '../protocol';
import type { EngineCache } from './engineCache';
import type { Progress, Request } from './runAnalysis';
import { openedSlices } from '../diagnose/slices/openedSlices';
import { stageSliceDiff } from '../diagnose/slices/stageSliceDiff';

/** Slices of a pipeline's prediction error, on the engine the cache opened (pushed down to a SQL engine). */
export async function runSlices(request: Request<'slices'>, cache: EngineCache, signal: AbortSignal | undefined, onProgress: Progress): Promise<AnalysisResponse> {
  const opened = await cache.open(request.target, { signal, onProgress });
  await yieldToMessages(signal);
  onProgress(`joining predictions, labels and stage columns${opened.engine.sliceRelation ? ` in ${opened.engine.name}` : ''}, then searching slices`, 0, 0);
  const result = await openedSlices(opened, { start: request.start, end: request.end, features: request.features, maxLevel: request.maxLevel, k: request.k, signal });
  return { kind: 'result', result };
}

/** Slices of one stage whose share of rows changed most between two event-time ranges. */
export async function runSliceDiff(request: Request<'sliceDiff'>, cache: EngineCache, signal: AbortSignal | undefined, onProgress: Progress): Promise<AnalysisResponse> {
  const opened = await cache.open(request.target, { signal, onProgress });
  const { pipeline } = opened;
  const tables = rowTables(opened, 'Slices of change');
  await yieldToMessages(signal);
  onProgress(`comparing slices of ${request.stage} between the two ranges`, 0, 0);
  return { kind: 'result', result: stageSliceDiff(pipeline, tables, request.stage, request.reference, request.current) };
}

/** Lets a cancel message that arrived while the logs were read reach the signal before the search starts. */
async function yieldToMessages(signal: AbortSignal | undefined): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  signal?.throwIfAborted();
}
