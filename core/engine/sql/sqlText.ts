import type { ColumnType } from '../../protocol';
import type { Column } from '../../io/logTable';
import type { TimeBucket } from '../engine';
import type { SqlDialect, SqlRow } from './sqlSource';
import { dictionaryEncode } from '../../io/dictionaryEncode';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
/** 1970-01-05 was a Monday (see bucketStart). */
const FIRST_MONDAY = 4 * DAY;

/** `bucketStart` in SQL: the same floating-point steps, so every engine puts a row in the same window. */
export function bucketExpr(timeMs: string, bucket: TimeBucket): string {
  if (bucket === 'week') return `(floor((${timeMs} - ${FIRST_MONDAY}) / ${WEEK}) * ${WEEK} + ${FIRST_MONDAY})`;
  const size = bucket === 'hour' ? HOUR : DAY;
  return `(floor(${timeMs} / ${size}) * ${size})`;
}

/** A double as a literal that reads back as the same double. */
export function floatLiteral(dialect: SqlDialect, value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`cannot write ${value} into SQL`);
  return Number.isSafeInteger(value) ? String(value) : dialect.float(value);
}

/** A string literal in standard SQL quoting (both engines read '' as one quote). */
export function textLiteral(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

export function numberOrNull(value: SqlRow[string] | undefined): number | null {
  if (value === null || value === undefined) return null;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : null;
}

/** Result rows as typed columns, in the in-memory engine's representation. */
export function rowsToColumns(rows: SqlRow[], fields: { name: string; type: ColumnType; field: string }[]): Column[] {
  return fields.map(({ name, type, field }): Column => {
    if (type === 'category') {
      const { codes, dictionary } = dictionaryEncode(rows.map((row) => (row[field] === null ? null : String(row[field]))));
      return { type, name, codes, dictionary };
    }
    return { type, name, values: Float64Array.from(rows, (row) => numberOrNull(row[field]) ?? NaN) };
  });
}

/**
 * How many of the ascending `edges` are <= value, as nested CASEs that bisect the edges: a
 * row costs log2(edges) comparisons, and the SQL is the same in every dialect.
 */
export function edgesAtOrBelow(dialect: SqlDialect, value: string, edges: number[]): string {
  const count = (lo: number, hi: number): string => {
    if (lo === hi) return String(lo);
    const mid = (lo + hi) >> 1;
    return `CASE WHEN ${value} < ${floatLiteral(dialect, edges[mid])} THEN ${count(lo, mid)} ELSE ${count(mid + 1, hi)} END`;
  };
  return count(0, edges.length);
}

/** A driver's row as SqlRow values: 64-bit integers and dates as numbers, booleans as 0 / 1. */
export function plainRow(row: Record<string, unknown>): SqlRow {
  const out: SqlRow = {};
  for (const [name, value] of Object.entries(row)) out[name] = plainValue(value);
  return out;
}

function plainValue(value: unknown): number | string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date) return value.getTime();
  return JSON.stringify(value);
}
