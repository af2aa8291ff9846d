import { rowTables } from '../engine/rowTables';
import type { AnalysisResponse } from '../protocol';
import type { LogTable } from '../io/logTable';
import type { EngineCache } from './engineCache';
import type { Progress, Request } from './runAnalysis';
import { pipelineSliceTable } from '../diagnose/slices/pipelineSliceTable';
import { sliceProfile } from '../diagnose/slices/sliceProfile';

/**
 * One slice of a pipeline's error slices against the rest, on the table `runSlices` searched
 * (same range and features); rows are bucketed by the predictions stage's event time.
 */
export async function runSliceProfile(request: Request<'sliceProfile'>, cache: EngineCache, signal: AbortSignal | undefined, onProgress: Progress): Promise<AnalysisResponse> {
  const opened = await cache.open(request.target, { signal, onProgress });
  const { pipeline } = opened;
  const tables = rowTables(opened, 'A slice profile');
  await new Promise((resolve) => setTimeout(resolve, 0));
  signal?.throwIfAborted();
  onProgress('profiling the slice against the rest of the rows', 0, 0);
  const joined = pipelineSliceTable(pipeline, tables, { start: request.start, end: request.end });
  const errorSpec = { error: joined.errorColumn };
  const options = { features: request.features };
  if (!joined.time) return { kind: 'sliceProfile', profile: sliceProfile(joined.table, errorSpec, options, request.predicates) };
  const column = freeName(joined.time.column, joined.table);
  // As a time column the event time is never a feature, so the encoding stays the search's.
  const table: LogTable = { ...joined.table, columns: [...joined.table.columns, { type: 'time', name: column, values: joined.time.values }] };
  return { kind: 'sliceProfile', profile: sliceProfile(table, errorSpec, options, request.predicates, { column, bucket: request.bucket }) };
}

function freeName(base: string, table: LogTable): string {
  let name = base;
  for (let i = 2; table.columns.some((c) => c.name === name); i++) name = `${base}_${i}`;
  return name;
}
