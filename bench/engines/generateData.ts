import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDuckDb } from '../../core/engine/duckdb/duckdbClient';
import { duckdbRowsSql } from './syntheticSql';

/** Parquet files per generated log. */
export const PARTS = 10;
export const STAGE = 'predictions';

/** The manifest fields every engine shares; only the stage source and the engine differ. */
export function manifestFor(name: string, stage: { files: string } | { table: string }, engine?: { kind: 'clickhouse'; url: string; database: string }): string {
  return JSON.stringify(
    {
      version: 1,
      name,
      key: 'key',
      time: 'event_time',
      ...(engine ? { engine } : {}),
      stages: [{ name: STAGE, ...stage }],
      predictions: { stage: STAGE, score: 'score', class: 'pred_class', modelVersion: 'model_version' },
      labels: { stage: STAGE, column: 'label' },
    },
    null,
    2,
  );
}

export function dataDir(rows: number): string {
  return join(tmpdir(), `sightline-bench-engines-${rows}`);
}

/**
 * The log of `rows` rows as PARTS Parquet files (plus a sightline.json) in a temp folder,
 * written by DuckDB from the row numbers; reused when every part is there. Returns the
 * manifest path and the generation time (0 when reused).
 */
export async function ensureParquet(rows: number, log: (text: string) => void): Promise<{ manifest: string; ms: number; reused: boolean }> {
  const dir = dataDir(rows);
  const manifest = join(dir, 'sightline.json');
  const part = (k: number): string => join(dir, `part-${String(k).padStart(2, '0')}.parquet`);
  const complete = existsSync(manifest) && Array.from({ length: PARTS }, (_, k) => part(k)).every((p) => existsSync(p));
  if (complete) return { manifest, ms: 0, reused: true };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  log(`generating ${rows.toLocaleString('en-US')} rows as ${PARTS} Parquet files in ${dir} (DuckDB) ...`);
  const started = performance.now();
  const client = await openDuckDb();
  try {
    for (let k = 0; k < PARTS; k++) {
      const start = Math.floor((rows * k) / PARTS);
      const end = Math.floor((rows * (k + 1)) / PARTS);
      // Written under a temporary name, so an interrupted run never leaves a part a later run trusts.
      const tmp = `${part(k)}.tmp`;
      await client.query(`COPY (${duckdbRowsSql(start, end, rows)}) TO '${tmp}' (FORMAT PARQUET)`);
      renameSync(tmp, part(k));
    }
  } finally {
    await client.close();
  }
  writeFileSync(manifest, manifestFor(`bench-engines-${rows}`, { files: 'part-*.parquet' }));
  const ms = performance.now() - started;
  return { manifest, ms, reused: false };
}

export function parquetBytes(rows: number): number {
  const dir = dataDir(rows);
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const name of readdirSync(dir)) if (name.endsWith('.parquet')) total += statSync(join(dir, name)).size;
  return total;
}
