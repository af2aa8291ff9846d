import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDuckDb } from '../../core/engine/duckdb/duckdbClient';
import type { BenchStage } from './syntheticSql';
import { BENCH_STAGES, duckdbRowsSql, stageSql } from './syntheticSql';

/** Parquet files per stage of a generated log. */
export const PARTS = 10;
/** The stage drift compares (its reference and current weeks). */
export const STAGE: BenchStage = 'features';

/** The manifest fields every engine shares; only where each stage lies and the engine differ. */
export function manifestFor(name: string, source: (stage: BenchStage) => { files: string } | { table: string }, engine?: { kind: 'clickhouse'; url: string; database: string; shardedByKey: boolean }): string {
  return JSON.stringify(
    {
      version: 1,
      name,
      key: 'key',
      time: 'event_time',
      ...(engine ? { engine } : {}),
      stages: BENCH_STAGES.map((stage) => ({ name: stage, ...source(stage) })),
      predictions: { stage: 'predict', score: 'score', class: 'pred_class', modelVersion: 'model_version' },
      labels: { stage: 'predict', column: 'label' },
    },
    null,
    2,
  );
}

export function dataDir(rows: number): string {
  return join(tmpdir(), `sightline-bench-engines-2stage-${rows}`);
}

/**
 * The log of `rows` rows as PARTS Parquet files (plus a sightline.json) in a temp folder,
 * written by DuckDB from the row numbers; reused when every part is there. Returns the
 * manifest path and the generation time (0 when reused).
 */
export async function ensureParquet(rows: number, log: (text: string) => void): Promise<{ manifest: string; ms: number; reused: boolean }> {
  const dir = dataDir(rows);
  const manifest = join(dir, 'sightline.json');
  const part = (stage: BenchStage, k: number): string => join(dir, stage, `part-${String(k).padStart(2, '0')}.parquet`);
  const parts = BENCH_STAGES.flatMap((stage) => Array.from({ length: PARTS }, (_, k) => part(stage, k)));
  if (existsSync(manifest) && parts.every((p) => existsSync(p))) return { manifest, ms: 0, reused: true };
  rmSync(dir, { recursive: true, force: true });
  for (const stage of BENCH_STAGES) mkdirSync(join(dir, stage), { recursive: true });
  log(`generating ${rows.toLocaleString('en-US')} rows as ${PARTS} Parquet files per stage in ${dir} (DuckDB) ...`);
  const started = performance.now();
  const client = await openDuckDb();
  try {
    for (const stage of BENCH_STAGES) {
      for (let k = 0; k < PARTS; k++) {
        const start = Math.floor((rows * k) / PARTS);
        const end = Math.floor((rows * (k + 1)) / PARTS);
        // Written under a temporary name, so an interrupted run never leaves a part a later run trusts.
        const tmp = `${part(stage, k)}.tmp`;
        await client.query(`COPY (${stageSql(stage, duckdbRowsSql(start, end, rows))}) TO '${tmp}' (FORMAT PARQUET)`);
        renameSync(tmp, part(stage, k));
      }
    }
  } finally {
    await client.close();
  }
  writeFileSync(manifest, manifestFor(`bench-engines-${rows}`, (stage) => ({ files: `${stage}/part-*.parquet` })));
  const ms = performance.now() - started;
  return { manifest, ms, reused: false };
}

export function parquetBytes(rows: number): number {
  const dir = dataDir(rows);
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const stage of BENCH_STAGES) {
    const folder = join(dir, stage);
    if (existsSync(folder)) for (const name of readdirSync(folder)) if (name.endsWith('.parquet')) total += statSync(join(folder, name)).size;
  }
  return total;
}
