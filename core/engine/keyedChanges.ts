import type { LogTable } from '../io/logTable';
import type { ChangeCounts, KeyedChanges, TimeBucket } from './engine';
import type { CellFate } from './cellComparer';
import { bucketStart } from './engine';
import { findColumn } from '../io/logTable';
import { cellComparer } from './cellComparer';
import { joinByKey } from './keyJoin';

export interface KeyedChangesInput {
  from: { table: LogTable; key: string; time?: string };
  to: { table: LogTable; key: string };
  columns: string[];
  bucket: TimeBucket;
}

/** keyedChanges over loaded tables: one pass over the upstream rows with a key -> row map of the downstream stage. */
export function keyedChangesOf(input: KeyedChangesInput): KeyedChanges {
  const { from, to } = input;
  const join = joinByKey(requireColumn(from.table, from.key), requireColumn(to.table, to.key));
  const compared = input.columns.map((name) => cellComparer(requireColumn(from.table, name), requireColumn(to.table, name))!);
  const time = from.time ? findColumn(from.table, from.time) : undefined;
  const windows = new Map<number, ChangeCounts & { start: number }>();
  const byColumn = input.columns.map((column) => ({ column, nulled: 0, changed: 0 }));
  const totals = { upstream: 0, dropped: 0, nulled: 0, changed: 0 };
  for (let r = 0; r < from.table.rowCount; r++) {
    const t = time && time.type !== 'category' ? time.values[r] : NaN;
    const window = Number.isNaN(t) ? undefined : windowAt(windows, bucketStart(t, input.bucket));
    const down = join.rows[r];
    const fates = down < 0 ? undefined : compared.map((compare) => compare(r, down));
    count(totals, fates);
    if (window) count(window, fates);
    fates?.forEach((f, i) => {
      if (f === 'nulled') byColumn[i].nulled++;
      else if (f === 'changed') byColumn[i].changed++;
    });
  }
  const byWindow = [...windows.values()].sort((a, b) => a.start - b.start);
  return { ...totals, byColumn, byWindow, duplicateKeys: join.duplicateKeys, missingKeys: join.missingKeys };
}

function count(into: ChangeCounts, fates: CellFate[] | undefined): void {
  into.upstream++;
  if (!fates) {
    into.dropped++;
    return;
  }
  if (fates.includes('nulled')) into.nulled++;
  if (fates.includes('changed')) into.changed++;
}

function windowAt(windows: Map<number, ChangeCounts & { start: number }>, start: number): ChangeCounts & { start: number } {
  let window = windows.get(start);
  if (!window) windows.set(start, (window = { start, upstream: 0, dropped: 0, nulled: 0, changed: 0 }));
  return window;
}

function requireColumn(table: LogTable, name: string) {
  const column = findColumn(table, name);
  if (!column) throw new Error(`column ${name} is missing`);
  return column;
}
