import { isoSeconds } from './calendar';
import type { DemoColumn, DemoTable } from './table';

/** CSV with a header row; empty cell = missing; times as ISO 8601 UTC strings. */
export function encodeCsv(table: DemoTable): string {
  const lines = [table.columns.map((c) => csvCell(c.name)).join(',')];
  for (let row = 0; row < table.rows; row++) {
    lines.push(table.columns.map((c) => csvCell(textCell(c, row))).join(','));
  }
  return lines.join('\n') + '\n';
}

/** One JSON object per line; missing = null; times as ISO 8601 UTC strings. */
export function encodeJsonLines(table: DemoTable): string {
  const lines: string[] = [];
  for (let row = 0; row < table.rows; row++) {
    const record: Record<string, string | number | boolean | null> = {};
    for (const column of table.columns) record[column.name] = jsonCell(column, row);
    lines.push(JSON.stringify(record));
  }
  return lines.join('\n') + '\n';
}

function jsonCell(column: DemoColumn, row: number): string | number | boolean | null {
  if (column.type === 'string') return column.values[row];
  const v = column.values[row];
  if (Number.isNaN(v)) return null;
  if (column.type === 'time') return isoSeconds(v);
  if (column.type === 'bool') return v === 1;
  return v;
}

function textCell(column: DemoColumn, row: number): string {
  const value = jsonCell(column, row);
  return value === null ? '' : String(value);
}

function csvCell(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
