import type { LogPageColumn } from '../../core/protocol';

export type CellKind = 'number' | 'time' | 'boolean' | 'text' | 'null';

export interface Cell {
  text: string;
  kind: CellKind;
}

const NULL_CELL: Cell = { text: 'null', kind: 'null' };
// Date's range is ±8.64e15 ms; beyond it toISOString throws.
const MAX_DATE_MS = 8.64e15;

/** One cell of a page as the table shows it: numbers trimmed of float noise, time as ISO UTC. */
export function formatCell(column: LogPageColumn, row: number): Cell {
  if (column.type === 'category') {
    const code = column.codes[row];
    return code < 0 ? NULL_CELL : { text: column.dictionary[code] ?? '', kind: 'text' };
  }
  const value = column.values[row];
  if (Number.isNaN(value)) return NULL_CELL;
  switch (column.type) {
    case 'number':
      return { text: formatNumber(value), kind: 'number' };
    case 'boolean':
      return { text: value === 1 ? 'true' : 'false', kind: 'boolean' };
    case 'time':
      return { text: formatTime(value), kind: 'time' };
  }
}

/** One cell as data (CSV): full precision, empty for missing. */
export function cellData(column: LogPageColumn, row: number): string | undefined {
  if (column.type === 'category') {
    const code = column.codes[row];
    return code < 0 ? undefined : (column.dictionary[code] ?? '');
  }
  const value = column.values[row];
  if (Number.isNaN(value)) return undefined;
  if (column.type === 'boolean') return value === 1 ? 'true' : 'false';
  if (column.type === 'time') return Math.abs(value) <= MAX_DATE_MS ? new Date(value).toISOString() : String(value);
  return String(value);
}

/** 12 significant digits: hides binary noise (0.1 + 0.2) and keeps every digit a log holds. */
export function formatNumber(value: number): string {
  if (Number.isInteger(value) || !Number.isFinite(value)) return String(value);
  return String(Number(value.toPrecision(12)));
}

/** ISO 8601 in UTC, without a `.000` millisecond part. */
export function formatTime(ms: number): string {
  if (!(Math.abs(ms) <= MAX_DATE_MS)) return String(ms);
  const iso = new Date(ms).toISOString();
  return iso.endsWith('.000Z') ? `${iso.slice(0, -5)}Z` : iso;
}
