import type { LogTable } from '../../io/logTable';
import type { TimeBucket } from '../../engine/engine';
import type { StageLoss, StageLossWindow } from '../../protocol/trace';
import { bucketStart } from '../../engine/engine';
import { findColumn } from '../../io/logTable';
import type { CellFate } from './cellComparer';
import { cellComparer } from './cellComparer';
import { joinByKey } from './keyJoin';

export interface LossInput {
  from: { name: string; table: LogTable; key: string; time?: string };
  to: { name: string; table: LogTable; key: string };
  bucket: TimeBucket;
}

/**
 * Records lost or altered from one stage to the next, per window of the upstream time column.
 * This joins rows by key, which no engine statistic answers yet, so it reads the typed columns
 * directly: one pass over the upstream rows with a key -> row map of the downstream stage.
 */
export function recordLoss(input: LossInput): { loss: Omit<StageLoss, 'alerts'>; notes: string[] } {
  const { from, to } = input;
  const upKey = findColumn(from.table, from.key);
  const downKey = findColumn(to.table, to.key);
  if (!upKey || !downKey) throw new Error(`key column missing in ${upKey ? to.name : from.name}`);
  const join = joinByKey(upKey, downKey);
  const notes: string[] = [];
  const compared = sharedColumns(input, notes);
  const time = from.time ? findColumn(from.table, from.time) : undefined;
  const windows = new Map<number, StageLossWindow>();
  const byColumn = compared.map((c) => ({ column: c.name, nulled: 0, changed: 0 }));
  const totals = { upstream: 0, dropped: 0, nulled: 0, changed: 0 };
  for (let r = 0; r < from.table.rowCount; r++) {
    const t = time && time.type !== 'category' ? time.values[r] : NaN;
    const window = Number.isNaN(t) ? undefined : windowAt(windows, bucketStart(t, input.bucket));
    const down = join.rows[r];
    const fates = down < 0 ? undefined : compared.map((c) => c.compare(r, down));
    count(totals, down, fates);
    if (window) count(window, down, fates);
    fates?.forEach((f, i) => {
      if (f === 'nulled') byColumn[i].nulled++;
      else if (f === 'changed') byColumn[i].changed++;
    });
  }
  const byWindow = [...windows.values()].sort((a, b) => a.start - b.start);
  return {
    loss: { from: from.name, to: to.name, key: from.key, columns: compared.map((c) => c.name), ...totals, byColumn, byWindow, duplicateKeys: join.duplicateKeys, missingKeys: join.missingKeys },
    notes,
  };
}

function count(into: { upstream: number; dropped: number; nulled: number; changed: number }, down: number, fates: CellFate[] | undefined): void {
  into.upstream++;
  if (down < 0 || !fates) {
    into.dropped++;
    return;
  }
  if (fates.includes('nulled')) into.nulled++;
  if (fates.includes('changed')) into.changed++;
}

function windowAt(windows: Map<number, StageLossWindow>, start: number): StageLossWindow {
  let window = windows.get(start);
  if (!window) windows.set(start, (window = { start, upstream: 0, dropped: 0, nulled: 0, changed: 0 }));
  return window;
}

/** Columns of the same name in both stages, besides the keys, that can be compared cell by cell. */
function sharedColumns(input: LossInput, notes: string[]): { name: string; compare: (up: number, down: number) => CellFate }[] {
  const shared: { name: string; compare: (up: number, down: number) => CellFate }[] = [];
  for (const column of input.from.table.columns) {
    if (column.name === input.from.key || column.name === input.to.key) continue;
    const other = findColumn(input.to.table, column.name);
    if (!other) continue;
    const compare = cellComparer(column, other);
    if (compare) shared.push({ name: column.name, compare });
    else notes.push(`${input.from.name} -> ${input.to.name}: ${column.name} is ${column.type} upstream and ${other.type} downstream, so its values are not compared`);
  }
  return shared;
}
