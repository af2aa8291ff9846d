import { readFileSync } from 'node:fs';
import type { LogTable } from '../../../core/io/logTable';
import { cellValue } from '../../../core/io/logTable';
import { readParquet } from '../../../core/io/formats/readParquet';

export type Row = Record<string, string | number | boolean | null>;

/** Reads written demo files back as plain rows, independently of the demo's own writers. */
export async function readRows(path: string): Promise<Row[]> {
  if (path.endsWith('.parquet')) return tableRows(await readParquet(path));
  const text = readFileSync(path, 'utf8').trimEnd();
  if (path.endsWith('.jsonl')) return text.split('\n').map((line) => JSON.parse(line) as Row);
  const [header, ...lines] = text.split('\n');
  const names = header.split(',');
  // The demo's CSV has no quoted cells (ids, ISO times, IATA codes, integers).
  return lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [names[i], cell === '' ? null : cell])));
}

export async function readAll(paths: string[]): Promise<Row[]> {
  const rows: Row[] = [];
  for (const path of paths) rows.push(...(await readRows(path)));
  return rows;
}

function tableRows(table: LogTable): Row[] {
  return Array.from({ length: table.rowCount }, (_, row) =>
    Object.fromEntries(table.columns.map((column) => [column.name, cellValue(column, row)])),
  );
}
