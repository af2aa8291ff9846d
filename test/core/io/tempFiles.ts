import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import type { Column, LogTable } from '../../../core/io/logTable';
import { cellValue, findColumn } from '../../../core/io/logTable';

const dir = mkdtempSync(join(tmpdir(), 'sightline-io-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `content` to a fresh file in this run's temp folder and returns its path. */
export function tempFile(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

export function tempPath(name: string): string {
  return join(dir, name);
}

export function column(table: LogTable, name: string): Column {
  const found = findColumn(table, name);
  if (!found) throw new Error(`no column ${name}; have ${table.columns.map((c) => c.name).join(', ')}`);
  return found;
}

/** A column as JSON-like cells (time as ISO text, missing as null). */
export function cells(table: LogTable, name: string): (string | number | boolean | null)[] {
  const c = column(table, name);
  return Array.from({ length: table.rowCount }, (_, row) => cellValue(c, row));
}

export function types(table: LogTable): Record<string, string> {
  return Object.fromEntries(table.columns.map((c) => [c.name, c.type]));
}

export function diagnostic(table: LogTable, code: string) {
  return table.reports[0].diagnostics.find((d) => d.code === code);
}
