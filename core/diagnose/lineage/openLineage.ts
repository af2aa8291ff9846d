import type { Pipeline } from '../../io/pipeline';
import type { OpenEngineOptions } from '../../engine/openEngine';
import { openEngine } from '../../engine/openEngine';
import { rowTables } from '../../engine/rowTables';
import { LineageIndex } from './lineageIndex';
import { RunIndex } from './runIndex';
import { readRunsLog } from '../../io/runsLog';
import { noKeyError } from './lineageErrors';

/** Loads a pipeline's stages (and runs log) and indexes them by record key. */
export async function openLineage(pipeline: Pipeline, options: OpenEngineOptions = {}): Promise<LineageIndex> {
  // Checked before loading: reading every stage only to say the key is missing wastes minutes on large logs.
  if (!pipeline.inferred && pipeline.stages.every((s) => !s.key) && !pipeline.labels?.key) throw noKeyError(pipeline.source);
  const opened = await openEngine(pipeline, options);
  const tables = rowTables(opened, 'Record lineage');
  const resolved = opened.pipeline;
  options.onProgress?.('indexing record keys', 0, 1);
  const runs = resolved.runs ? new RunIndex((await readRunsLog(resolved.runs, options.signal)).runs) : undefined;
  return new LineageIndex(resolved, tables, runs);
}
