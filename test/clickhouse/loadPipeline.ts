import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Column, LogTable } from '../../core/io/logTable';
import type { Pipeline } from '../../core/io/pipeline';
import type { ColumnType } from '../../core/protocol';
import type { ShardedTable, TwoShards } from './twoShards';

const BATCH = 20_000;

/**
 * Copies a pipeline's loaded stages into sharded ClickHouse tables (split by a hash of the
 * record key, so a record's rows of every stage land on one shard) and writes a manifest that
 * names them, with the column types the in-memory readers found. Times go in as Int64
 * milliseconds, since 18.16 has no sub-second DateTime.
 */
export async function loadPipeline(shards: TwoShards, pipeline: Pipeline, tables: ReadonlyMap<string, LogTable>, database: string, dir: string): Promise<string> {
  await shards.query(`CREATE DATABASE IF NOT EXISTS ${database}`, 0);
  await shards.query(`CREATE DATABASE IF NOT EXISTS ${database}`, 1);
  const stages = [];
  for (const stage of pipeline.stages) {
    const table = tables.get(stage.name)!;
    const sharded: ShardedTable = {
      database,
      name: stage.name,
      columns: table.columns.map((c) => [c.name, clickhouseType(c.type)]),
      shardingKey: stage.key ? `cityHash64(${stage.key})` : 'rand()',
    };
    await shards.createSharded(sharded);
    for (let start = 0; start < table.rowCount; start += BATCH) await shards.load(sharded, rowsOf(table, start, Math.min(table.rowCount, start + BATCH)));
    stages.push({ name: stage.name, table: `${database}.${stage.name}`, ...(stage.key ? { key: stage.key } : {}), ...(stage.time ? { time: stage.time } : {}), columns: declaredTypes(table) });
  }
  const manifest = join(dir, `sightline.clickhouse.${database}.json`);
  writeFileSync(
    manifest,
    JSON.stringify({
      version: 1,
      name: pipeline.name,
      engine: { kind: 'clickhouse', url: shards.url, database },
      stages,
      ...(pipeline.predictions ? { predictions: { ...pipeline.predictions, models: undefined } } : {}),
      ...(pipeline.labels ? { labels: pipeline.labels } : {}),
      // The runs log stays a file: it is small, and read the same on every engine.
      ...(pipeline.runs ? { runs: { files: pipeline.runs.files, ...pipeline.runs.columns } } : {}),
      ...(pipeline.reference?.kind === 'range' ? { reference: { start: new Date(pipeline.reference.start).toISOString(), end: new Date(pipeline.reference.end).toISOString() } } : {}),
    }),
  );
  return manifest;
}

function clickhouseType(type: ColumnType): string {
  switch (type) {
    case 'category':
      return 'String';
    case 'boolean':
      return 'Nullable(UInt8)';
    case 'time':
      return 'Nullable(Int64)';
    default:
      return 'Nullable(Float64)';
  }
}

/** Booleans and times are stored as numbers, so the manifest says what they are. */
function declaredTypes(table: LogTable): Record<string, ColumnType> {
  return Object.fromEntries(table.columns.filter((c) => c.type === 'boolean' || c.type === 'time').map((c) => [c.name, c.type]));
}

function rowsOf(table: LogTable, start: number, end: number): object[] {
  const rows: Record<string, string | number | null>[] = [];
  for (let r = start; r < end; r++) rows.push(Object.fromEntries(table.columns.map((c) => [c.name, cell(c, r)])));
  return rows;
}

/** Missing text is '' (the engine reads '' as missing, as the in-memory dictionary does). */
function cell(column: Column, row: number): string | number | null {
  if (column.type === 'category') return column.codes[row] < 0 ? '' : column.dictionary[column.codes[row]];
  const v = column.values[row];
  return Number.isNaN(v) ? null : v;
}
