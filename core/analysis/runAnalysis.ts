import type { AnalysisRequest, AnalysisResponse, ProgressInfo } from '../protocol';
import { inspectPipeline } from '../inspect/inspect';
import { overviewPipeline } from '../inspect/overview';
import { EngineCache } from './engineCache';

export interface RunOptions {
  signal?: AbortSignal;
  onProgress?: (progress: ProgressInfo) => void;
}

/**
 * Answers one analysis request: the single entry point the VS Code worker calls, so every
 * surface computes results the same way. Loaded pipelines are kept in `cache` between requests.
 */
export async function runAnalysis(request: AnalysisRequest, cache: EngineCache, options: RunOptions = {}): Promise<AnalysisResponse> {
  const onProgress = (message: string, done: number, total: number) => options.onProgress?.({ message, done, total });
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
