import type { LogTable } from '../io/logTable';
import type { Pipeline } from '../io/pipeline';
import type { Engine } from './engine';
import { loadStage } from '../io/loadStage';
import { guessRoles } from '../io/inferPipeline';
import { ArqueroEngine } from './arqueroEngine';

export interface OpenEngineOptions {
  signal?: AbortSignal;
  /** Progress over all files of all stages. */
  onProgress?: (message: string, done: number, total: number) => void;
}

/**
 * Loads a pipeline's stages into the in-memory engine. For a pipeline inferred from one file,
 * column roles are guessed here, once the columns are known.
 */
export async function openEngine(pipeline: Pipeline, options: OpenEngineOptions = {}): Promise<{ pipeline: Pipeline; engine: Engine; tables: ReadonlyMap<string, LogTable> }> {
  const total = pipeline.stages.reduce((sum, s) => sum + s.files.length, 0);
  let done = 0;
  const tables = new Map<string, LogTable>();
  for (const stage of pipeline.stages) {
    const table = await loadStage(stage, {
      signal: options.signal,
      onFile: () => options.onProgress?.(`reading stage ${stage.name}`, ++done, total),
    });
    tables.set(stage.name, table);
  }
  const resolved = pipeline.inferred ? guessRoles(pipeline, tables.get(pipeline.stages[0].name)!.columns) : pipeline;
  return { pipeline: resolved, engine: new ArqueroEngine(tables), tables };
}
