import { statSync } from 'node:fs';
import type { ColumnType, LogFormat } from '../../protocol';
import type { PipelineStage } from '../../io/pipeline';
import type { LoadReport } from '../../io/logTable';
import type { SqlClient, SqlColumn, SqlStage } from '../sql/sqlSource';
import { detectFormat } from '../../io/detectFormat';
import { looksLikeTimeName } from '../../io/inferType';
import { SightlineInputError } from '../../io/errors';
import { textLiteral } from '../sql/sqlText';
import { duckdbDialect } from './duckdbDialect';

const id = duckdbDialect.id;
/** The texts the in-memory CSV reader takes for "no value" (isMissingText). */
const MISSING_TEXT = ["''", "'NA'", "'N/A'", "'null'", "'NULL'"];
/** Epoch numbers at or above this are milliseconds (guessEpochUnit). */
const SECONDS_LIMIT = 1e11;

/**
 * A stage's files as one DuckDB relation read in place, with each column typed as the
 * in-memory readers would type it: Parquet and JSON lines by their stored types, CSV by the
 * same rules the CSV reader applies to its text (all numbers, all ISO times, all true/false),
 * and the manifest's declared types first.
 */
export async function duckdbStage(client: SqlClient, stage: PipelineStage, name = stage.name): Promise<SqlStage> {
  const byFormat = filesByFormat(stage);
  const relations = [...byFormat].map(([format, files]) => readerCall(format, files));
  const from = relations.length === 1 ? relations[0] : `(${relations.map((r) => `SELECT * FROM ${r}`).join(' UNION ALL BY NAME ')})`;
  const described = await client.query(`DESCRIBE SELECT * FROM ${from}`);
  const stored = described.map((row) => ({ name: String(row.column_name), type: String(row.column_type) }));
  const isCsv = byFormat.size === 1 && byFormat.has('csv');
  const textTypes = isCsv ? await inferTextTypes(client, from, stored.map((c) => c.name)) : new Map<string, ColumnType>();
  const timeNames = new Set([stage.time, ...Object.entries(stage.columnTypes).filter(([, t]) => t === 'time').map(([c]) => c)].filter((c): c is string => !!c));
  const columns: SqlColumn[] = [];
  for (const column of stored) {
    const declared = stage.columnTypes[column.name] ?? (timeNames.has(column.name) ? 'time' : undefined);
    const type = declared ?? textTypes.get(column.name) ?? storedType(column.type, column.name, !isCsv && byFormat.has('jsonl'));
    if (!type) continue;
    columns.push({ name: column.name, type, expr: await columnExpr(client, from, column, type) });
  }
  const reports = await loadReports(client, byFormat);
  if (byFormat.has('parquet') && byFormat.size === 1) return { name, from, where: [], columns, reports, ordered: true };
  return { ...(await materialize(client, name, from, columns)), reports };
}

/**
 * Text formats are parsed once into a DuckDB table of typed columns (DuckDB's memory, spilling
 * to its temporary folder past the limit): every later query would otherwise parse the text
 * again. Parquet is already columnar and stays where it lies.
 */
async function materialize(client: SqlClient, name: string, from: string, columns: SqlColumn[]): Promise<Omit<SqlStage, 'reports'>> {
  const table = id(`stage_${name}`);
  await client.query(`CREATE OR REPLACE TEMP TABLE ${table} AS SELECT ${columns.map((c) => `${c.expr} AS ${id(c.name)}`).join(', ')} FROM ${from}`);
  return { name, from: table, where: [], columns: columns.map((c) => ({ ...c, expr: id(c.name) })), ordered: true };
}

function filesByFormat(stage: PipelineStage): Map<LogFormat, string[]> {
  const byFormat = new Map<LogFormat, string[]>();
  for (const file of stage.files) {
    const format = stage.format ?? detectFormat(file);
    if (!format) throw new SightlineInputError('engine.duckdb-format', `stage "${stage.name}": cannot tell the format of ${file}`, { file, hint: 'Set "format" on the stage in sightline.json.' });
    if (format === 'arrow') {
      throw new SightlineInputError('engine.duckdb-arrow', `stage "${stage.name}": the DuckDB engine cannot read Arrow IPC files here (${file}): DuckDB's arrow extension would have to be downloaded`, {
        file,
        hint: 'Write the stage as Parquet, or use the in-memory engine (--engine arquero).',
      });
    }
    byFormat.set(format, [...(byFormat.get(format) ?? []), file]);
  }
  return byFormat;
}

function readerCall(format: LogFormat, files: string[], extra = ''): string {
  const list = `[${files.map(textLiteral).join(', ')}]`;
  switch (format) {
    case 'parquet':
      return `read_parquet(${list}, hive_partitioning = false, union_by_name = true${extra})`;
    case 'jsonl':
      return `read_json(${list}, format = 'newline_delimited', hive_partitioning = false, union_by_name = true${extra})`;
    default:
      return `read_csv(${list}, header = true, all_varchar = true, nullstr = [${MISSING_TEXT.join(', ')}], hive_partitioning = false, union_by_name = true${extra})`;
  }
}

/** The CSV reader's rules over the whole column: only true/false, only numbers, only ISO times, else text. */
async function inferTextTypes(client: SqlClient, from: string, names: string[]): Promise<Map<string, ColumnType>> {
  if (!names.length) return new Map();
  const parts = names.flatMap((name, i) => {
    const c = id(name);
    return [
      `count(${c}) AS v${i}`,
      `count(TRY_CAST(${c} AS DOUBLE)) AS n${i}`,
      `count(CASE WHEN regexp_matches(${c}, '^\\d{4}-\\d{2}-\\d{2}') THEN TRY_CAST(${c} AS TIMESTAMPTZ) END) AS t${i}`,
      `count(CASE WHEN lower(${c}) IN ('true', 'false') THEN 1 END) AS b${i}`,
    ];
  });
  const [row] = await client.query(`SELECT ${parts.join(', ')} FROM ${from}`);
  return new Map(
    names.map((name, i): [string, ColumnType] => {
      const values = Number(row[`v${i}`]);
      if (values === 0) return [name, 'category'];
      if (Number(row[`b${i}`]) === values) return [name, 'boolean'];
      if (Number(row[`n${i}`]) === values) return [name, looksLikeTimeName(name) ? 'time' : 'number'];
      if (Number(row[`t${i}`]) === values) return [name, 'time'];
      return [name, 'category'];
    }),
  );
}

function storedType(duckType: string, name: string, nameMayMeanTime: boolean): ColumnType | undefined {
  const type = duckType.toUpperCase();
  if (type === 'BOOLEAN') return 'boolean';
  if (type.startsWith('TIMESTAMP') || type === 'DATE') return 'time';
  if (/^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|DOUBLE|DECIMAL)/.test(type)) {
    return nameMayMeanTime && looksLikeTimeName(name) ? 'time' : 'number';
  }
  if (type === 'VARCHAR') return 'category';
  // Nested and binary columns are left out, as the in-memory readers leave them out.
  return undefined;
}

async function columnExpr(client: SqlClient, from: string, column: { name: string; type: string }, type: ColumnType): Promise<string> {
  const c = id(column.name);
  const stored = column.type.toUpperCase();
  const text = stored === 'VARCHAR';
  if (type === 'category') return text ? `nullif(${c}, '')` : `nullif(CAST(${c} AS VARCHAR), '')`;
  if (type === 'boolean') return text ? `CASE lower(${c}) WHEN 'true' THEN 1.0 WHEN 'false' THEN 0.0 END` : `CAST(${c} AS DOUBLE)`;
  if (type === 'time') {
    if (stored.startsWith('TIMESTAMP')) return `CAST(epoch_ms(${c}) AS DOUBLE)`;
    if (stored === 'DATE') return `CAST(epoch_ms(CAST(${c} AS TIMESTAMP)) AS DOUBLE)`;
    if (text) {
      const number = `TRY_CAST(${c} AS DOUBLE)`;
      if (await allNumbers(client, from, c)) return epochMs(number, await epochUnit(client, from, number));
      return `CAST(epoch_ms(TRY_CAST(${c} AS TIMESTAMPTZ)) AS DOUBLE)`;
    }
    return epochMs(`CAST(${c} AS DOUBLE)`, await epochUnit(client, from, `CAST(${c} AS DOUBLE)`));
  }
  const number = text ? `TRY_CAST(${c} AS DOUBLE)` : `CAST(${c} AS DOUBLE)`;
  return `CASE WHEN isnan(${number}) THEN NULL ELSE ${number} END`;
}

async function allNumbers(client: SqlClient, from: string, c: string): Promise<boolean> {
  const [row] = await client.query(`SELECT count(${c}) AS v, count(TRY_CAST(${c} AS DOUBLE)) AS n FROM ${from}`);
  return Number(row.v) === Number(row.n);
}

async function epochUnit(client: SqlClient, from: string, number: string): Promise<'s' | 'ms'> {
  const [row] = await client.query(`SELECT max(abs(${number})) AS m FROM ${from}`);
  return Number(row.m) >= SECONDS_LIMIT ? 'ms' : 's';
}

function epochMs(number: string, unit: 's' | 'ms'): string {
  return unit === 's' ? `(${number} * 1000)` : number;
}

/** Rows per file, from one grouped scan (Parquet answers it from its footers). */
async function loadReports(client: SqlClient, byFormat: Map<LogFormat, string[]>): Promise<LoadReport[]> {
  const reports: LoadReport[] = [];
  for (const [format, files] of byFormat) {
    const rows = await client.query(`SELECT filename AS f, count(*) AS n FROM ${readerCall(format, files, ', filename = true')} GROUP BY f`);
    const counts = new Map(rows.map((row) => [String(row.f), Number(row.n)]));
    for (const file of files) reports.push({ file, format, bytes: statSync(file).size, rows: counts.get(file) ?? 0, skippedRows: 0, diagnostics: [] });
  }
  return reports.sort((a, b) => (a.file < b.file ? -1 : 1));
}
