import type { EngineName, Pipeline } from './pipeline';
import { SightlineInputError } from './errors';

export const ENGINE_NAMES: readonly EngineName[] = ['arquero', 'duckdb', 'clickhouse'];

export function isEngineName(value: string): value is EngineName {
  return (ENGINE_NAMES as readonly string[]).includes(value);
}

/**
 * The pipeline computed on another engine than its manifest names (CLI --engine, the VS Code
 * setting). File stages run on the in-memory engine and on DuckDB alike; table stages only on
 * ClickHouse, which also needs its connection from the manifest.
 */
export function withEngine(pipeline: Pipeline, engine: EngineName): Pipeline {
  if (engine === pipeline.engine) return pipeline;
  const tableStages = pipeline.stages.filter((s) => s.table !== undefined).map((s) => s.name);
  if (engine !== 'clickhouse' && tableStages.length) {
    throw new SightlineInputError('engine.needs-clickhouse', `${pipeline.source}: stages ${tableStages.join(', ')} are ClickHouse tables; the ${engine} engine reads files`, {
      file: pipeline.source,
      hint: 'Run with --engine clickhouse, or give those stages "files".',
    });
  }
  if (engine === 'clickhouse') {
    const fileStages = pipeline.stages.filter((s) => s.table === undefined).map((s) => s.name);
    if (fileStages.length || !pipeline.engineSettings?.url) {
      throw new SightlineInputError('engine.clickhouse-manifest', `${pipeline.source}: the ClickHouse engine needs "engine": {"kind": "clickhouse", "url": ...} and a "table" for every stage${fileStages.length ? ` (stages with files: ${fileStages.join(', ')})` : ''}`, {
        file: pipeline.source,
        hint: 'Load the stages into ClickHouse tables and name them in sightline.json; DuckDB (--engine duckdb) reads the files in place instead.',
      });
    }
  }
  return { ...pipeline, engine };
}
