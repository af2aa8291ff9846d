import type { ColumnType, Diagnostic, LogFormat } from '../protocol';

/**
 * In-memory typed columns. Missing values are NaN in numeric kinds and -1 in category codes,
 * so every column is a flat typed array that loops can scan without boxing.
 */
export interface NumberColumn {
  type: 'number';
  name: string;
  values: Float64Array;
}

/** 0 / 1, NaN for missing. */
export interface BooleanColumn {
  type: 'boolean';
  name: string;
  values: Float64Array;
}

/** Epoch milliseconds (UTC), NaN for missing. */
export interface TimeColumn {
  type: 'time';
  name: string;
  values: Float64Array;
}

/** Dictionary-encoded strings: `dictionary[codes[i]]`, code -1 for missing. */
export interface CategoryColumn {
  type: 'category';
  name: string;
  codes: Int32Array;
  dictionary: string[];
}

export type Column = NumberColumn | BooleanColumn | TimeColumn | CategoryColumn;

export interface LoadReport {
  file: string;
  format: LogFormat;
  bytes: number;
  rows: number;
  /** Rows that could not be read and were left out. */
  skippedRows: number;
  diagnostics: Diagnostic[];
}

export interface LogTable {
  rowCount: number;
  columns: Column[];
  reports: LoadReport[];
}

/** Rows in a column, whatever its kind. */
export function columnLength(column: Column): number {
  return column.type === 'category' ? column.codes.length : column.values.length;
}

export function columnType(column: Column): ColumnType {
  return column.type;
}

export function findColumn(table: LogTable, name: string): Column | undefined {
  return table.columns.find((c) => c.name === name);
}

export function isMissing(column: Column, row: number): boolean {
  return column.type === 'category' ? column.codes[row] < 0 : Number.isNaN(column.values[row]);
}

/** The value of one cell as JSON would show it (time as ISO string). */
export function cellValue(column: Column, row: number): string | number | boolean | null {
  if (isMissing(column, row)) return null;
  switch (column.type) {
    case 'category':
      return column.dictionary[column.codes[row]];
    case 'boolean':
      return column.values[row] === 1;
    case 'time':
      return new Date(column.values[row]).toISOString();
    case 'number':
      return column.values[row];
  }
}
