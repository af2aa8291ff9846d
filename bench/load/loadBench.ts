import { statSync } from 'node:fs';
import { printTable } from '../printTable';
import { ensureBenchFiles } from './benchFiles';
import type { BenchFormat } from './benchFiles';
import { measureInChild } from './childProcess';
import type { ChildResult } from './childProcess';

interface Run {
  format: BenchFormat;
  task: string;
  /** The loader the Sightline row is compared with. */
  baseline?: string;
}

const RUNS: Run[] = [
  { format: 'csv', task: 'arquero-csv' },
  { format: 'csv', task: 'sightline-csv', baseline: 'arquero-csv' },
  { format: 'jsonl', task: 'arquero-jsonl' },
  { format: 'jsonl', task: 'sightline-jsonl', baseline: 'arquero-jsonl' },
  { format: 'arrow', task: 'arquero-arrow' },
  { format: 'arrow', task: 'sightline-arrow', baseline: 'arquero-arrow' },
  { format: 'parquet', task: 'parquet-wasm+arquero' },
  { format: 'parquet', task: 'hyparquet' },
  { format: 'parquet', task: 'sightline-parquet', baseline: 'parquet-wasm+arquero' },
];

export interface LoadBenchOptions {
  rows: number;
  /** Rows of the CSV loaded with Node's default heap; 0 skips that run. */
  bigRows: number;
}

function megabytes(path: string): string {
  return (statSync(path).size / 1e6).toFixed(0);
}

function row(run: Run, file: string, result: ChildResult, results: Map<string, ChildResult>): string[] {
  if (!result.ok) return [run.format, run.task, megabytes(file), 'failed', '', '', result.error ?? ''];
  const base = run.baseline ? results.get(run.baseline) : undefined;
  const speedup = base?.ok ? `${(base.ms / result.ms).toFixed(1)}x the speed, ${(result.peakMb / base.peakMb).toFixed(2)}x the memory` : '';
  return [
    run.format, run.task, megabytes(file), (result.ms / 1000).toFixed(2),
    Math.round(result.rows / (result.ms / 1000)).toLocaleString('en-US'), result.peakMb.toFixed(0), speedup,
  ];
}

/**
 * Load benchmark: the same synthetic 20-column log as CSV, JSON lines, Arrow IPC and Parquet,
 * each loaded by Sightline and by a baseline in a child process of its own.
 */
export async function loadBench(options: LoadBenchOptions): Promise<void> {
  const log = (text: string): void => console.log(text);
  const files = ensureBenchFiles(options.rows, ['csv', 'jsonl', 'arrow', 'parquet'], log);
  const results = new Map<string, ChildResult>();
  const table: string[][] = [];
  for (const run of RUNS) {
    log(`loading ${files[run.format]} with ${run.task} ...`);
    const result = await measureInChild(run.task, files[run.format]);
    if (result.ok && result.rows !== options.rows) result.error = `read ${result.rows} rows, expected ${options.rows}`;
    results.set(run.task, result);
    table.push(row(run, files[run.format], result, results));
  }
  console.log(`\nLoad benchmark: ${options.rows.toLocaleString('en-US')} rows x 20 columns, one child process per loader`);
  printTable(['format', 'loader', 'file MB', 'wall s', 'rows/s', 'peak MB', 'Sightline vs baseline'], table);
  console.log(
    'Note: arquero fromArrow wraps the Arrow columns lazily (values decode on access); Sightline decodes every\n' +
      'column into typed arrays up front, dictionary-encoding strings, so the Arrow rows compare different work.',
  );
  if (options.bigRows > 0) await bigCsvRun(options.bigRows, log);
}

/** The large file must load with Node's default heap limit (no --max-old-space-size). */
async function bigCsvRun(rows: number, log: (text: string) => void): Promise<void> {
  const { csv } = ensureBenchFiles(rows, ['csv'], log);
  log(`loading ${csv} with sightline-csv, default heap ...`);
  const result = await measureInChild('sightline-csv', csv);
  const verdict = result.ok && result.rows === rows
    ? `ok: ${(result.ms / 1000).toFixed(2)} s, ${Math.round(result.rows / (result.ms / 1000)).toLocaleString('en-US')} rows/s, peak ${result.peakMb.toFixed(0)} MB`
    : `FAILED: ${result.error ?? `read ${result.rows} rows`}`;
  console.log(`\n${rows.toLocaleString('en-US')}-row CSV (${megabytes(csv)} MB) with Node's default heap: ${verdict}`);
}
