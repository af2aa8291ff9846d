import { rowTables } from '../engine/rowTables';
import type { AnalysisResponse } from '../protocol';
import type { EngineCache } from './engineCache';
import type { Progress, Request } from './runAnalysis';
import { pipelineWhatIf } from '../react/pipeline/pipelineWhatIf';

/** A remediation simulated on a pipeline's logs, as the CLI's `whatif` runs it. */
export async function runWhatIfAnalysis(request: Request<'whatif'>, cache: EngineCache, signal: AbortSignal | undefined, onProgress: Progress): Promise<AnalysisResponse> {
  const opened = await cache.open(request.target, { signal, onProgress });
  const { pipeline } = opened;
  const tables = rowTables(opened, 'A what-if');
  signal?.throwIfAborted();
  const result = await pipelineWhatIf(pipeline, tables, request.ask, { ...request.scope, signal, onProgress });
  return { kind: 'result', result };
}
