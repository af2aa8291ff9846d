import type { LogTable } from '../../../core/io/logTable';
import type { Pipeline } from '../../../core/io/pipeline';
import { findColumn, isMissing } from '../../../core/io/logTable';
import { keyText } from '../../../core/diagnose/lineage';

/** Which keys `sightline.keys` returns: a stage's (default: the first with a key), in an event-time window [start, end) (epoch ms or Date). */
export interface KeyQuery {
  stage?: string;
  start?: number | Date;
  end?: number | Date;
  /** Prefer records whose value in this column is missing (a null burst's records). */
  missing?: string;
  /** At most this many keys (default 5). */
  limit?: number;
}

/** Distinct record keys of one stage in file order, the preferred ones (see `missing`) first. */
export function recordKeys(pipeline: Pipeline, tables: ReadonlyMap<string, LogTable>, query: KeyQuery): string[] {
  const stage = query.stage === undefined ? pipeline.stages.find((s) => s.key) : pipeline.stages.find((s) => s.name === query.stage);
  const table = stage && tables.get(stage.name);
  if (!stage || !table) throw new TypeError(query.stage === undefined ? 'no stage has a record key column' : `there is no stage "${query.stage}" (stages: ${pipeline.stages.map((s) => s.name).join(', ')})`);
  const key = stage.key ? findColumn(table, stage.key) : undefined;
  if (!key) throw new TypeError(`stage "${stage.name}" has no record key column, so its records cannot be followed`);
  const inWindow = timeFilter(table, stage.time, epoch(query.start), epoch(query.end));
  const missing = query.missing === undefined ? undefined : findColumn(table, query.missing);
  const limit = query.limit ?? 5;
  const preferred: string[] = [];
  const others: string[] = [];
  const seen = new Set<string>();
  for (let row = 0; row < table.rowCount && preferred.length < limit; row++) {
    const text = inWindow(row) ? keyText(key, row) : null;
    if (text === null || seen.has(text)) continue;
    seen.add(text);
    (missing && isMissing(missing, row) ? preferred : others).push(text);
  }
  return [...preferred, ...others].slice(0, limit);
}

function timeFilter(table: LogTable, timeName: string | undefined, start: number | undefined, end: number | undefined): (row: number) => boolean {
  if (start === undefined && end === undefined) return () => true;
  const time = timeName ? findColumn(table, timeName) : undefined;
  if (!time || time.type !== 'time') throw new TypeError('this stage has no time column, so keys cannot be chosen by time');
  const values = time.values;
  return (row) => values[row] >= (start ?? -Infinity) && values[row] < (end ?? Infinity);
}

function epoch(value: number | Date | undefined): number | undefined {
  return value instanceof Date ? value.getTime() : value;
}
