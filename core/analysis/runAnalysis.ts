import type { AnalysisRequest, AnalysisResponse, ProgressInfo } from '../protocol';
import { inspectPipeline } from '../inspect/inspect';
import { overviewPipeline } from '../inspect/overview';
import { monitorPipeline } from '../monitor/monitorPipeline';
import { windowDistribution } from '../monitor/windowDistribution';
import { detectDrift } from '../detect/drift/detectDrift';
import { openDriftInput } from '../detect/drift/driftSource';
import { EngineCache } from './engineCache';
import { runSliceDiff, runSlices } from './runSlices';
import { runSliceProfile } from './runSliceProfile';
import { runLineage, runLineageKeys, runTrace } from './runTrace';
import { runWhatIfAnalysis } from './runWhatIfAnalysis';

export interface RunOptions {
  signal?: AbortSignal;
  onProgress?: (progress: ProgressInfo) => void;
}

export type Request<K extends AnalysisRequest['kind']> = Extract<AnalysisRequest, { kind: K }>;
export type Progress = (message: string, done: number, total: number) => void;

/**
 * Answers one analysis request: the single entry point the VS Code worker calls, so every
 * surface computes results the same way. Loaded pipelines are kept in `cache` between requests.
 */
export async function runAnalysis(request: AnalysisRequest, cache: EngineCache, options: RunOptions = {}): Promise<AnalysisResponse> {
  const onProgress: Progress = (message, done, total) => options.onProgress?.({ message, done, total });
  switch (request.kind) {
    case 'inspect': {
      const { pipeline, engine } = await cache.open(request.target, { signal: options.signal, onProgress });
      return { kind: 'result', result: await inspectPipeline(pipeline, engine) };
    }
    case 'overview': {
      const { pipeline, engine } = await cache.open(request.target, { signal: options.signal, onProgress });
      onProgress('computing the overview', 0, 0);
      return { kind: 'result', result: await overviewPipeline(pipeline, engine, request.bucket) };
    }
    case 'monitor':
      return monitor(request, cache, options.signal, onProgress);
    case 'drift':
      return drift(request, cache, options.signal, onProgress);
    case 'distribution': {
      const { pipeline, engine } = await cache.open(request.target, { signal: options.signal, onProgress });
      return { kind: 'distribution', distribution: await windowDistribution(pipeline, engine, request) };
    }
    case 'slices':
      return runSlices(request, cache, options.signal, onProgress);
    case 'sliceDiff':
      return runSliceDiff(request, cache, options.signal, onProgress);
    case 'sliceProfile':
      return runSliceProfile(request, cache, options.signal, onProgress);
    case 'trace':
      return runTrace(request, cache, options.signal, onProgress);
    case 'lineage':
      return runLineage(request, cache, options.signal, onProgress);
    case 'lineageKeys':
      return runLineageKeys(request, cache, options.signal, onProgress);
    case 'whatif':
      return runWhatIfAnalysis(request, cache, options.signal, onProgress);
    case 'logSummary': {
      const view = await cache.openLogFile(request.file, {
        signal: options.signal,
        onProgress: (p) => onProgress('Reading the file', p.bytesRead, p.totalBytes),
      });
      onProgress('Summarizing the columns', 0, 0);
      return { kind: 'logSummary', summary: view.summary() };
    }
    case 'logPage': {
      const view = await cache.openLogFile(request.file, { signal: options.signal });
      return { kind: 'logPage', page: view.page(request.offset, request.limit) };
    }
  }
}

async function monitor(request: Request<'monitor'>, cache: EngineCache, signal: AbortSignal | undefined, onProgress: Progress): Promise<AnalysisResponse> {
  const { pipeline, engine, rows: performanceRows } = await cache.open(request.target, { signal, onProgress });
  signal?.throwIfAborted();
  onProgress(request.performance === false ? 'monitoring data quality window by window' : 'monitoring stages and performance window by window', 0, 0);
  const rows = request.performance === false ? undefined : performanceRows;
  return { kind: 'result', result: await monitorPipeline(pipeline, engine, { bucket: request.bucket, rows }) };
}

async function drift(request: Request<'drift'>, cache: EngineCache, signal: AbortSignal | undefined, onProgress: Progress): Promise<AnalysisResponse> {
  const open = (target: string) => cache.open(target, { signal, onProgress });
  const reference = await openDriftInput(request.reference, open, signal);
  const current = await openDriftInput(request.current, open, signal);
  onProgress('comparing the columns', 0, 0);
  return { kind: 'result', result: await detectDrift(reference, current, { columns: request.columns, signal }) };
}
