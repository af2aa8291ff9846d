import type { LogTable } from '../io/logTable';
import type { Pipeline } from '../io/pipeline';
import type { Engine } from './engine';
import type { PerformanceRowSource } from '../detect/performance/tableRows';
import { loadStage } from '../io/loadStage';
import { guessRoles } from '../io/inferPipeline';
import { ArqueroEngine } from './arqueroEngine';
import { tableRowSource } from '../detect/performance/tableRows';
import { openDuckDbEngine } from './duckdb/openDuckDbEngine';
import { openClickHouseEngine } from './clickhouse/openClickHouseEngine';
import { sqlRowSource } from './sql/sqlRowSource';

export interface OpenEngineOptions {
  signal?: AbortSignal;
  /** Progress over all files of all stages. */
  onProgress?: (message: string, done: number, total: number) => void;
}

/**
 * A pipeline opened on its engine. `tables` holds the loaded rows for the analyses that walk
 * records (slice search, stage traces, what-ifs); it is empty on a SQL engine, which answers
 * statistics only. `rows` gives the per-record performance inputs on every engine.
 */
export interface OpenedEngine {
  pipeline: Pipeline;
  engine: Engine;
  tables: ReadonlyMap<string, LogTable>;
  rows: PerformanceRowSource;
}

/** Opens a pipeline on the engine its manifest names (or the one passed to override it). */
export async function openEngine(pipeline: Pipeline, options: OpenEngineOptions = {}): Promise<OpenedEngine> {
  if (pipeline.engine === 'duckdb' || pipeline.engine === 'clickhouse') {
    options.onProgress?.(`opening ${pipeline.engine}`, 0, 1);
    const { pipeline: resolved, engine } = pipeline.engine === 'duckdb' ? await openDuckDbEngine(pipeline) : { pipeline, engine: await openClickHouseEngine(pipeline) };
    options.onProgress?.(`opened ${pipeline.engine}`, 1, 1);
    return { pipeline: resolved, engine, tables: new Map(), rows: sqlRowSource(engine) };
  }
  return openInMemory(pipeline, options);
}

/** Loads a pipeline's stages into the in-memory engine; for an inferred pipeline, column roles are guessed once the columns are known. */
async function openInMemory(pipeline: Pipeline, options: OpenEngineOptions): Promise<OpenedEngine> {
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
  return { pipeline: resolved, engine: new ArqueroEngine(tables), tables, rows: tableRowSource(tables) };
}
