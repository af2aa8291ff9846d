import type { ColumnType } from '../../protocol';
import type { PipelineStage } from '../../io/pipeline';
import type { SqlClient, SqlColumn, SqlStage } from '../sql/sqlSource';
import { SightlineInputError } from '../../io/errors';
import { clickhouseDialect } from './clickhouseDialect';

const id = clickhouseDialect.id;
/** Epoch numbers at or above this are milliseconds (guessEpochUnit). */
const SECONDS_LIMIT = 1e11;
const DAY_MS = 86_400_000;
const WRAPPER = /^(?:Nullable|LowCardinality)\((.*)\)$/;

/** A stored column: its name and its type without Nullable/LowCardinality (NULL passes through every expression). */
interface StoredColumn {
  name: string;
  base: string;
}

/**
 * A stage stored in a ClickHouse table (often a Distributed one), each column typed as the
 * in-memory readers type a Parquet file: by its stored type, with the manifest's declared types
 * first. The column expressions read the table directly, so every query runs on the shards.
 */
export async function clickhouseStage(client: SqlClient, stage: PipelineStage): Promise<SqlStage> {
  if (!stage.table) {
    throw new SightlineInputError('engine.clickhouse-table', `stage "${stage.name}" names no table; the ClickHouse engine reads stages from tables`, {
      hint: 'Set "table" (database.table) on the stage in sightline.json.',
    });
  }
  const from = quoteTable(stage.table);
  const described = await client.query(`DESCRIBE TABLE ${from}`);
  const timeNames = new Set([stage.time, ...Object.entries(stage.columnTypes).filter(([, t]) => t === 'time').map(([c]) => c)].filter((c): c is string => !!c));
  const columns: SqlColumn[] = [];
  for (const row of described) {
    const column = storedColumn(String(row.name), String(row.type));
    const type = stage.columnTypes[column.name] ?? (timeNames.has(column.name) ? 'time' : storedType(column.base));
    if (!type) continue;
    columns.push({ name: column.name, type, expr: await columnExpr(client, from, column, type) });
  }
  const [count] = await client.query(`SELECT count(*) AS n FROM ${from}`);
  // LoadReport wants a file format; a ClickHouse table is typed and columnar, so Parquet is the nearest.
  const reports = [{ file: `clickhouse:${stage.table}`, format: 'parquet' as const, bytes: 0, rows: Number(count.n), skippedRows: 0, diagnostics: [] }];
  return { name: stage.name, from, where: [], columns, reports, ordered: false };
}

/** `database.table` with each part quoted; a name without a database reads the connection's database. */
export function quoteTable(table: string): string {
  return table.split('.').map(id).join('.');
}

function storedColumn(name: string, type: string): StoredColumn {
  let base = type.trim();
  for (let wrapped = WRAPPER.exec(base); wrapped; wrapped = WRAPPER.exec(base)) base = wrapped[1].trim();
  return { name, base };
}

function storedType(base: string): ColumnType | undefined {
  if (isText(base) || /^(Enum8|Enum16|UUID)\b/.test(base)) return 'category';
  if (isNumber(base)) return 'number';
  if (base === 'Bool') return 'boolean';
  if (isTime(base)) return 'time';
  // Arrays, tuples, maps and other nested kinds are left out, as the in-memory readers leave them out.
  return undefined;
}

const isText = (base: string): boolean => base === 'String' || base.startsWith('FixedString(');
const isFloat = (base: string): boolean => base === 'Float32' || base === 'Float64';
const isNumber = (base: string): boolean => /^(U?Int\d+$|Float(32|64)$|Decimal\d*\()/.test(base);
const isTime = (base: string): boolean => /^(DateTime|DateTime64|Date|Date32)\b/.test(base);

async function columnExpr(client: SqlClient, from: string, column: StoredColumn, type: ColumnType): Promise<string> {
  const c = id(column.name);
  switch (type) {
    case 'category':
      return categoryExpr(c, column.base);
    case 'boolean':
      return booleanExpr(c, column.base);
    case 'number':
      return isTime(column.base) ? timeExpr(c, column.base) : numberExpr(c, column.base);
    case 'time':
      return isTime(column.base) ? timeExpr(c, column.base) : declaredTimeExpr(client, from, column);
  }
}

/** A DOUBLE with NULL for missing and NaN; text that does not read as a number is missing. */
function numberExpr(c: string, base: string): string {
  if (isText(base)) return withoutNaN(`toFloat64OrNull(${textOf(c, base)})`);
  if (base === 'Bool') return `toFloat64(toUInt8(${c}))`;
  return isFloat(base) ? withoutNaN(`toFloat64(${c})`) : `toFloat64(${c})`;
}

/** FixedString pads with zero bytes, which the text a file would hold does not have. */
function textOf(c: string, base: string): string {
  return base === 'String' ? c : `toStringCutToZero(${c})`;
}

function withoutNaN(value: string): string {
  return `if(isNaN(${value}), NULL, ${value})`;
}

function categoryExpr(c: string, base: string): string {
  return `nullIf(${isText(base) ? textOf(c, base) : `toString(${c})`}, '')`;
}

function booleanExpr(c: string, base: string): string {
  if (!isText(base)) return numberExpr(c, base);
  const text = `lower(${textOf(c, base)})`;
  return `multiIf(${text} = 'true', 1., ${text} = 'false', 0., NULL)`;
}

/** Epoch milliseconds as a DOUBLE; Date and DateTime are counted from the epoch, so the server's time zone does not enter. */
function timeExpr(c: string, base: string): string {
  if (base.startsWith('DateTime64')) return `toFloat64(toUnixTimestamp64Milli(${c}))`;
  if (base.startsWith('DateTime')) return `(toFloat64(toUInt32(${c})) * 1000)`;
  if (base === 'Date32') return `(toFloat64(toInt32(${c})) * ${DAY_MS})`;
  return `(toFloat64(toUInt16(${c})) * ${DAY_MS})`;
}

/**
 * Numbers or text declared as times. Numbers are epoch seconds unless some value is too large
 * to be seconds (guessEpochUnit); text that is not all numbers is read as ISO times, UTC
 * unless it names an offset (whole seconds: ClickHouse 18 has no sub-second DateTime).
 */
async function declaredTimeExpr(client: SqlClient, from: string, column: StoredColumn): Promise<string> {
  const c = id(column.name);
  const number = numberExpr(c, column.base);
  if (isText(column.base)) {
    const [row] = await client.query(`SELECT count(nullIf(${textOf(c, column.base)}, '')) AS v, count(${number}) AS n FROM ${from}`);
    // nullIf first: 18.16 reads '' as 2000-01-01.
    if (Number(row.v) !== Number(row.n)) return `(toFloat64(toUInt32(parseDateTimeBestEffortOrNull(nullIf(${textOf(c, column.base)}, ''), 'UTC'))) * 1000)`;
  }
  const [row] = await client.query(`SELECT max(abs(${number})) AS m FROM ${from}`);
  return Number(row.m) >= SECONDS_LIMIT ? number : `(${number} * 1000)`;
}
