import type { Pipeline } from '../../io/pipeline';
import type { SqlStage } from '../sql/sqlSource';
import type { Column } from '../../io/logTable';
import { SqlEngine } from '../sql/sqlEngine';
import { guessRoles } from '../../io/inferPipeline';
import { openDuckDb } from './duckdbClient';
import { duckdbDialect } from './duckdbDialect';
import { duckdbStage } from './duckdbStages';

/** The pipeline's stage files as DuckDB relations, read in place; nothing is loaded or copied. */
export async function openDuckDbEngine(pipeline: Pipeline): Promise<{ pipeline: Pipeline; engine: SqlEngine }> {
  const client = await openDuckDb(pipeline.engineSettings);
  try {
    const stages = new Map<string, SqlStage>();
    for (const stage of pipeline.stages) stages.set(stage.name, await duckdbStage(client, stage));
    const resolved = pipeline.inferred ? guessRoles(pipeline, typedColumns(stages.get(pipeline.stages[0].name)!)) : pipeline;
    return { pipeline: resolved, engine: new SqlEngine('duckdb', client, duckdbDialect, stages) };
  } catch (error) {
    await client.close();
    throw error;
  }
}

/** Names and types for guessing roles; the values stay in the database. */
function typedColumns(stage: SqlStage): Column[] {
  return stage.columns.map((c): Column => (c.type === 'category' ? { type: 'category', name: c.name, codes: new Int32Array(0), dictionary: [] } : { type: c.type, name: c.name, values: new Float64Array(0) }));
}
