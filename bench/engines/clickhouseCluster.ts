import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ShardedTable, TwoShards } from '../../test/clickhouse/twoShards';
import { clickhouseAvailable, startTwoShards } from '../../test/clickhouse/twoShards';
import type { BenchStage } from './syntheticSql';
import { BENCH_STAGES, clickhouseShardSql, shardRows, stageColumns, stageSql } from './syntheticSql';
import { manifestFor } from './generateData';

export const DATABASE = 'sightline_bench';
/** Rows per INSERT ... SELECT: each statement answers well inside the HTTP client's header timeout. */
const CHUNK = 5_000_000;

/**
 * The bench's side of the two-shard harness (test/clickhouse/twoShards.ts): a log table per
 * size, generated on the servers from numbers() straight into each shard's MergeTree table
 * (even row numbers on shard A, odd on shard B, as the Distributed table's sharding key `key`
 * would place them), both shards at once.
 */
export class BenchCluster {
  private constructor(private readonly shards: TwoShards) {}

  static available(): boolean {
    return clickhouseAvailable();
  }

  static async start(): Promise<BenchCluster> {
    return new BenchCluster(await startTwoShards());
  }

  get url(): string {
    return this.shards.url;
  }

  get startupMs(): number {
    return this.shards.startupMs;
  }

  stop(): Promise<void> {
    return this.shards.stop();
  }

  /**
   * Creates and fills `sightline_bench.<stage>_<rows>` for both stages; returns the manifest path
   * and generation time. Both stages are sharded by key alike, and the manifest says so
   * (`shardedByKey`: joins run on each shard).
   */
  async generate(rows: number, log: (text: string) => void): Promise<{ manifest: string; ms: number }> {
    log(`generating ${rows.toLocaleString('en-US')} rows per stage in ClickHouse ${DATABASE}.{${BENCH_STAGES.join(',')}}_${rows} (two shards, INSERT ... SELECT FROM numbers) ...`);
    const started = performance.now();
    for (const stage of BENCH_STAGES) {
      const table: ShardedTable = { database: DATABASE, name: tableName(stage, rows), columns: stageColumns(stage), shardingKey: 'key' };
      await this.shards.createSharded(table);
      const fill = async (shard: 0 | 1): Promise<void> => {
        const total = shardRows(shard, rows);
        for (let from = 0; from < total; from += CHUNK) {
          const to = Math.min(total, from + CHUNK);
          await this.shards.query(`INSERT INTO ${DATABASE}.${table.name}_local ${stageSql(stage, clickhouseShardSql(shard, from, to, rows))}`, shard);
        }
      };
      await Promise.all([fill(0), fill(1)]);
    }
    const [count] = await this.shards.query(`SELECT count() AS n FROM ${DATABASE}.${tableName('features', rows)}`);
    if (Number(count.n) !== rows) throw new Error(`ClickHouse holds ${String(count.n)} rows in ${tableName('features', rows)}, expected ${rows}`);
    const ms = performance.now() - started;
    const dir = join(tmpdir(), `sightline-bench-engines-ch-${rows}-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    const manifest = join(dir, 'sightline.json');
    writeFileSync(manifest, manifestFor(`bench-engines-${rows}`, (stage) => ({ table: `${DATABASE}.${tableName(stage, rows)}` }), { kind: 'clickhouse', url: this.url, database: DATABASE, shardedByKey: true }));
    return { manifest, ms };
  }

  /** Bytes the table's parts take on both shards (compressed). */
  async tableBytes(rows: number): Promise<number> {
    let total = 0;
    for (const server of [0, 1]) {
      for (const stage of BENCH_STAGES) {
        const [row] = await this.shards.query(`SELECT sum(bytes) AS b FROM system.parts WHERE database = '${DATABASE}' AND table = '${tableName(stage, rows)}_local' AND active`, server);
        total += Number(row.b ?? 0);
      }
    }
    return total;
  }

  async dropTable(rows: number): Promise<void> {
    for (const stage of BENCH_STAGES) {
      await this.shards.query(`DROP TABLE IF EXISTS ${DATABASE}.${tableName(stage, rows)}`);
      for (const server of [0, 1] as const) await this.shards.query(`DROP TABLE IF EXISTS ${DATABASE}.${tableName(stage, rows)}_local`, server);
    }
  }

  query(sql: string, server: 0 | 1 = 0): Promise<Record<string, unknown>[]> {
    return this.shards.query(sql, server);
  }
}

function tableName(stage: BenchStage, rows: number): string {
  return `${stage}_${rows}`;
}
