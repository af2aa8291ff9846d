import type { ColumnType } from '../../protocol';
import { comparableTypes } from '../../engine/cellComparer';

interface StageColumns {
  name: string;
  key: string;
  columns: { name: string; type: ColumnType }[];
}

/** Columns of the same name in both stages, besides the keys, whose cells can be compared; a note for each that cannot. */
export function comparableColumns(from: StageColumns, to: StageColumns): { columns: string[]; notes: string[] } {
  const columns: string[] = [];
  const notes: string[] = [];
  for (const column of from.columns) {
    if (column.name === from.key || column.name === to.key) continue;
    const other = to.columns.find((c) => c.name === column.name);
    if (!other) continue;
    if (comparableTypes(column.type, other.type)) columns.push(column.name);
    else notes.push(`${from.name} -> ${to.name}: ${column.name} is ${column.type} upstream and ${other.type} downstream, so its values are not compared`);
  }
  return { columns, notes };
}
