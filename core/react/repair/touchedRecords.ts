import type { LogTable } from '../../io/logTable';
import type { Pipeline } from '../../io/pipeline';
import type { PipelineSliceTable } from '../../diagnose/slices/pipelineSliceTable';
import type { RepairRequest } from './repairRequest';
import { matchPredicates } from './matchPredicates';
import { stageColumnAt } from './stageColumnAt';

/**
 * Indices into the joined prediction rows of the records a repair touches: those with a row in
 * the repaired stage (the time range already cut the rows) matching every where predicate.
 */
export function touchedRecords(pipeline: Pipeline, tables: ReadonlyMap<string, LogTable>, joined: PipelineSliceTable, request: RepairRequest): Int32Array {
  const inStage = stageColumnAt(pipeline, tables, request.stage, request.column, joined.rows).joined;
  const match = request.where?.length ? matchPredicates(joined.table, request.where) : undefined;
  const out: number[] = [];
  for (let i = 0; i < inStage.length; i++) if (inStage[i] >= 0 && (!match || match[i] === 1)) out.push(i);
  return Int32Array.from(out);
}
