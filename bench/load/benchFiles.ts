import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { syntheticLog } from './syntheticLog';
import type { SyntheticLog } from './syntheticLog';
import { writeCsv, writeJsonLines } from './writeTextLogs';
import { arrowIpc, writeArrow, writeParquet } from './writeColumnarLogs';

export type BenchFormat = 'csv' | 'jsonl' | 'arrow' | 'parquet';

export const BENCH_DATA_DIR = '.bench-data';

export function benchFile(rows: number, format: BenchFormat): string {
  return join(BENCH_DATA_DIR, `load-${rows}.${format}`);
}

/**
 * Writes the missing benchmark files for `rows` into `.bench-data/` (gitignored) and returns
 * their paths. Each file is written under a temporary name and renamed, so an interrupted run
 * never leaves a truncated file that a later run would trust.
 */
export function ensureBenchFiles(rows: number, formats: readonly BenchFormat[], log: (text: string) => void): Record<BenchFormat, string> {
  mkdirSync(BENCH_DATA_DIR, { recursive: true });
  let data: SyntheticLog | undefined;
  let ipc: Uint8Array | undefined;
  const source = (): SyntheticLog => (data ??= syntheticLog(rows));
  const arrow = (): Uint8Array => (ipc ??= arrowIpc(source()));
  const writers: Record<BenchFormat, (path: string) => void> = {
    csv: (path) => writeCsv(source(), path),
    jsonl: (path) => writeJsonLines(source(), path),
    arrow: (path) => writeArrow(arrow(), path),
    parquet: (path) => writeParquet(arrow(), path),
  };
  for (const format of formats) {
    const path = benchFile(rows, format);
    if (existsSync(path)) continue;
    log(`generating ${path} ...`);
    writers[format](`${path}.tmp`);
    renameSync(`${path}.tmp`, path);
  }
  return {
    csv: benchFile(rows, 'csv'), jsonl: benchFile(rows, 'jsonl'),
    arrow: benchFile(rows, 'arrow'), parquet: benchFile(rows, 'parquet'),
  };
}
