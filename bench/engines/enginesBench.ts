import { existsSync, statfsSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { resolve } from 'node:path';
import type { EngineName } from '../../core/io/pipeline';
import { printTable } from '../printTable';
import type { EngineChecks, EngineChildResult, Phase } from './engineChild';
import { runEngineInChild } from './engineChild';
import { ensureParquet, parquetBytes } from './generateData';
import { BenchCluster } from './clickhouseCluster';

export interface EnginesBenchOptions {
  /** Rows for DuckDB and ClickHouse (and the first size tried in memory). */
  rows: number;
  /** Rows for the large ClickHouse monitoring run; 0 skips it. */
  bigRows: number;
}

const STATS_PHASES: Phase[] = ['open', 'inspect', 'drift', 'monitor', 'trace', 'slices'];
const BIG_PHASES: Phase[] = ['open', ...bigPhases(process.env.SIGHTLINE_BENCH_BIG_PHASES)];
const BIG_LABEL = BIG_PHASES.slice(1).map((phase) => (phase === 'monitor' ? 'monitoring without performance' : phase)).join(', ');
const PERF_PHASES: Phase[] = ['open', 'monitor+perf'];
/** Sizes tried in memory after `rows`, largest first. */
const ARQUERO_FALLBACKS = [5_000_000, 2_000_000, 1_000_000];
const MAX_BIG_GENERATION_MS = 10 * 60_000;
const CHILD_TIMEOUT_MS = Number(process.env.SIGHTLINE_BENCH_CHILD_TIMEOUT_S ?? 1800) * 1000;
const P_TOLERANCE = 1e-9;
/** Runs to leave out, comma-separated: duckdb-stats, clickhouse-stats, arquero, arquero-perf, duckdb-perf, clickhouse-perf, big. */
const SKIP = new Set((process.env.SIGHTLINE_BENCH_SKIP ?? '').split(',').map((s) => s.trim()).filter(Boolean));
const skipped = (run: string): boolean => SKIP.has(run);

interface Run {
  engine: EngineName;
  rows: number;
  result: EngineChildResult;
  /** What the run is for, when it is not the main measurement. */
  label?: string;
}

/**
 * Engines benchmark: one synthetic prediction log (20 columns, 60 days, drift after day 30) as
 * two stages joined by key, generated identically in DuckDB (Parquet files) and ClickHouse (two
 * shards); open, inspect, drift, daily monitoring, the stage trace and level-2 slice search
 * timed on each engine in a fresh Node process, with the process's peak RSS, and the results
 * checked equal across engines.
 */
export async function enginesBench(options: EnginesBenchOptions): Promise<void> {
  const log = (text: string): void => console.log(text);
  const runs: Run[] = [];
  const generation: string[][] = [];
  const skips: string[] = [];
  const shared = resolve('../shared');
  log(`engines bench: ${options.rows.toLocaleString('en-US')} rows; ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GB; temp ${tmpdir()}`);
  log(`${shared} is ${existsSync(shared) ? 'present' : 'absent'}: it does not matter here, the data is generated from row numbers.`);
  log('Two stages, features (16 columns) and predict (6 columns, 1% of the records lost), each of the given rows; slices search to level 2.');
  log('Other work on this machine (a VS Code test harness, other benches) may disturb the timings.\n');

  const parquet = await ensureParquet(options.rows, log);
  generation.push(['duckdb → Parquet', fmtRows(options.rows), parquet.reused ? 'reused' : seconds(parquet.ms), mb(parquetBytes(options.rows))]);

  const run = async (engine: EngineName, rows: number, manifest: string, phases: Phase[], label?: string): Promise<EngineChildResult> => {
    log(`${engine} ${fmtRows(rows)}: ${phases.join(', ')} ...`);
    const result = await runEngineInChild(manifest, engine, phases, CHILD_TIMEOUT_MS, (p) => log(`  ${p.phase}: ${seconds(p.ms)} s, peak ${p.peakMb.toFixed(0)} MB; ${p.note}`));
    if (!result.ok) log(`  failed: ${result.error}`);
    runs.push({ engine, rows, result, label });
    return result;
  };

  if (!skipped('duckdb-stats')) await run('duckdb', options.rows, parquet.manifest, STATS_PHASES);
  // Skipped (timed by an earlier invocation): inspect and drift still run, for the agreement check.
  else await run('duckdb', options.rows, parquet.manifest, ['open', 'inspect', 'drift'], 'checks only');

  let cluster: BenchCluster | undefined;
  let chGeneration: { rows: number; ms: number; bytes: number } | undefined;
  let chManifest: string | undefined;
  let bigNote = '';
  try {
    if (!BenchCluster.available()) {
      skips.push('ClickHouse skipped: clickhouse-server is not installed (no /usr/sbin/clickhouse-server, /usr/bin/clickhouse-server or /usr/bin/clickhouse).');
      log(skips[skips.length - 1]);
    } else if (!skipped('clickhouse-stats') || !skipped('clickhouse-perf') || !skipped('big')) {
      cluster = await BenchCluster.start();
      log(`two ClickHouse servers (cluster sightline_two_shards) answered after ${cluster.startupMs} ms; ${cluster.url}`);
      const ch = await cluster.generate(options.rows, log);
      chManifest = ch.manifest;
      chGeneration = { rows: options.rows, ms: ch.ms, bytes: await cluster.tableBytes(options.rows) };
      generation.push(['clickhouse INSERT SELECT', fmtRows(options.rows), seconds(ch.ms), mb(chGeneration.bytes)]);
      if (!skipped('clickhouse-stats')) await run('clickhouse', options.rows, ch.manifest, STATS_PHASES);
    }

    // In memory: the largest size whose statistics phases finish with Node's default heap.
    for (const rows of skipped('arquero') ? [] : [options.rows, ...ARQUERO_FALLBACKS.filter((r) => r < options.rows)]) {
      const files = await ensureParquet(rows, log);
      if (rows !== options.rows) generation.push(['duckdb → Parquet', fmtRows(rows), files.reused ? 'reused' : seconds(files.ms), mb(parquetBytes(rows))]);
      const result = await run('arquero', rows, files.manifest, skipped('arquero-perf') ? STATS_PHASES : [...STATS_PHASES, 'monitor+perf']);
      if (result.phases.some((p) => p.phase === 'monitor')) {
        if (rows !== options.rows) {
          // The SQL engines at the same size, for the agreement check.
          await run('duckdb', rows, files.manifest, STATS_PHASES, 'agreement check at the in-memory size');
          if (cluster) {
            const small = await cluster.generate(rows, log);
            generation.push(['clickhouse INSERT SELECT', fmtRows(rows), seconds(small.ms), mb(await cluster.tableBytes(rows))]);
            await run('clickhouse', rows, small.manifest, STATS_PHASES, 'agreement check at the in-memory size');
            await cluster.dropTable(rows);
          }
        }
        break;
      }
    }

    // Per-record performance last among the 10M runs: it moves rows into Node.
    if (!skipped('duckdb-perf')) await run('duckdb', options.rows, parquet.manifest, PERF_PHASES, 'with per-record performance');
    if (cluster && chManifest && !skipped('clickhouse-perf')) await run('clickhouse', options.rows, chManifest, PERF_PHASES, 'with per-record performance');

    if (cluster && chGeneration && options.bigRows > 0 && !skipped('big')) {
      const big = chooseBigRows(options.bigRows, chGeneration);
      bigNote = big.note;
      log(big.note);
      if (big.rows > 0) {
        await cluster.dropTable(options.rows);
        const ch = await cluster.generate(big.rows, log);
        generation.push(['clickhouse INSERT SELECT', fmtRows(big.rows), seconds(ch.ms), mb(await cluster.tableBytes(big.rows))]);
        await run('clickhouse', big.rows, ch.manifest, BIG_PHASES, BIG_LABEL);
      }
    }
  } finally {
    if (cluster) {
      await cluster.stop();
      log('ClickHouse servers stopped.');
    }
  }

  console.log('\nData generation (server side or DuckDB; not part of the timings below)');
  printTable(['how', 'rows', 'wall s', 'stored MB'], generation);
  console.log('\nEngines: wall time per phase; peak MB = the Node process\'s maxRSS after the phase (cumulative within one child process)');
  printTable(
    ['engine', 'rows', 'phase', 'wall s', 'peak MB', 'result'],
    runs.flatMap(({ engine, rows, result, label }) => [
      ...result.phases.map((p) => [engine, fmtRows(rows), p.phase, seconds(p.ms), p.peakMb.toFixed(0), `${p.note}${label ? ` [${label}]` : ''}`]),
      ...(result.ok ? [] : [[engine, fmtRows(rows), failedPhase(result, runs), 'failed', '', result.error ?? '']]),
    ]),
  );
  console.log('\nAgreement across engines (inspect row and null counts exact, drift p-values to 1e-9, alert counts, trace record loss and incidents, slices: predicates, sizes, error counts, slices evaluated)');
  for (const line of agreement(runs)) console.log(`  ${line}`);
  console.log('\nSummary');
  for (const line of [...skips, ...summary(runs, bigNote)]) console.log(`  ${line}`);
}

/** 100M (or what was asked) unless the disk or a 10-minute generation forbids it; then half. */
function chooseBigRows(wanted: number, measured: { rows: number; ms: number; bytes: number }): { rows: number; note: string } {
  const free = statfsSync(tmpdir()).bavail * statfsSync(tmpdir()).bsize;
  const fits = (rows: number): boolean => (measured.bytes * rows) / measured.rows * 2 < free;
  const takes = (rows: number): number => (measured.ms * rows) / measured.rows;
  const plan = `free disk ${mb(free)} MB; ${fmtRows(wanted)} would need ~${mb((measured.bytes * wanted) / measured.rows)} MB and ~${seconds(takes(wanted))} s to generate (from the ${fmtRows(measured.rows)} run)`;
  if (fits(wanted) && takes(wanted) <= MAX_BIG_GENERATION_MS) return { rows: wanted, note: `big ClickHouse run at ${fmtRows(wanted)}: ${plan}` };
  const half = Math.floor(wanted / 2);
  if (fits(half)) return { rows: half, note: `big ClickHouse run at ${fmtRows(half)} instead of ${fmtRows(wanted)}: ${plan}` };
  return { rows: 0, note: `big ClickHouse run skipped: ${plan}` };
}

/** The large run's phases after open: monitor and slices, or those a comma-separated list (such as "slices") names. */
function bigPhases(list: string | undefined): Phase[] {
  const all: Phase[] = ['monitor', 'slices'];
  if (!list) return all;
  const named = list.split(',').map((s) => s.trim());
  return all.filter((phase) => named.includes(phase));
}

function failedPhase(result: EngineChildResult, runs: Run[]): string {
  const done = result.phases.length;
  const run = runs.find((r) => r.result === result);
  const planned: Phase[] =
    run?.label === 'with per-record performance' ? PERF_PHASES : run?.engine === 'arquero' ? [...STATS_PHASES, 'monitor+perf'] : run?.label === BIG_LABEL ? BIG_PHASES : STATS_PHASES;
  return planned[done] ?? '?';
}

/** Per size, each engine's checks against the first engine's that has them. */
function agreement(runs: Run[]): string[] {
  const lines: string[] = [];
  const sizes = [...new Set(runs.map((r) => r.rows))];
  for (const rows of sizes) {
    const withChecks = runs.filter((r) => r.rows === rows && r.result.checks.rows !== undefined);
    const engines = [...new Set(withChecks.map((r) => r.engine))];
    if (engines.length < 2) continue;
    const first = withChecks[0];
    for (const other of withChecks.filter((r) => r.engine !== first.engine)) {
      const difference = firstDifference(first.result.checks, other.result.checks);
      lines.push(`${fmtRows(rows)} rows, ${first.engine} vs ${other.engine}: ${difference ?? 'agree'}`);
    }
  }
  return lines.length ? lines : ['no size ran on two engines'];
}

function firstDifference(a: EngineChecks, b: EngineChecks): string | undefined {
  if (a.rows !== b.rows) return `row counts differ: ${a.rows} vs ${b.rows}`;
  for (const column of union(a.nulls, b.nulls)) {
    if (a.nulls?.[column] !== b.nulls?.[column]) return `null count of ${column} differs: ${a.nulls?.[column]} vs ${b.nulls?.[column]}`;
  }
  if (!a.pValues || !b.pValues) return a.pValues === b.pValues ? undefined : 'drift p-values missing on one side';
  for (const column of union(a.pValues, b.pValues)) {
    const p = a.pValues[column];
    const q = b.pValues[column];
    if (p === undefined || q === undefined) return `drift compared ${column} on one side only`;
    if (p === null || q === null ? p !== q : Math.abs(p - q) > P_TOLERANCE) return `drift p-value of ${column} differs: ${p} vs ${q}`;
  }
  if (a.alerts !== undefined && b.alerts !== undefined && a.alerts !== b.alerts) return `(counts and p-values agree; monitoring alert counts differ: ${a.alerts} vs ${b.alerts})`;
  if (a.trace !== undefined && b.trace !== undefined && a.trace !== b.trace) return `trace differs: ${a.trace.slice(0, 200)} vs ${b.trace.slice(0, 200)}`;
  if (a.slices !== undefined && b.slices !== undefined && a.slices !== b.slices) return `slices differ: ${a.slices.slice(0, 200)} vs ${b.slices.slice(0, 200)}`;
  return undefined;
}

function union(a: Record<string, unknown> | undefined, b: Record<string, unknown> | undefined): string[] {
  return [...new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})])];
}

function summary(runs: Run[], bigNote: string): string[] {
  const lines: string[] = [];
  const phase = (run: Run | undefined, name: Phase) => run?.result.phases.find((p) => p.phase === name);
  const main = (engine: EngineName, label?: string): Run[] => runs.filter((r) => r.engine === engine && r.label === label);
  for (const engine of ['duckdb', 'clickhouse', 'arquero'] as EngineName[]) {
    for (const r of main(engine)) {
      const parts = STATS_PHASES.map((name) => {
        const p = phase(r, name);
        return p ? `${name} ${seconds(p.ms)} s` : `${name} -`;
      });
      lines.push(`${engine} at ${fmtRows(r.rows)}: ${parts.join(', ')}; peak ${peak(r)} MB${r.result.ok ? '' : `; FAILED: ${r.result.error}`}`);
    }
  }
  for (const r of runs.filter((x) => x.label === 'with per-record performance')) {
    const p = phase(r, 'monitor+perf');
    lines.push(`${r.engine} at ${fmtRows(r.rows)} with per-record performance: ${p ? `${seconds(p.ms)} s, peak ${p.peakMb.toFixed(0)} MB` : `FAILED: ${r.result.error}`}`);
  }
  const arquero = runs.filter((r) => r.engine === 'arquero');
  const held = arquero.find((r) => phase(r, 'monitor'));
  const failed = arquero.filter((r) => !phase(r, 'monitor'));
  if (failed.length) lines.push(`in memory (arquero) failed at ${failed.map((r) => `${fmtRows(r.rows)} (${r.result.error})`).join(', ')}`);
  if (held) lines.push(`in memory (arquero) holds ${fmtRows(held.rows)} rows with Node's default heap${phase(held, 'monitor+perf') ? ', performance included' : ''}`);
  const big = runs.find((r) => r.label === BIG_LABEL);
  const chMain = main('clickhouse')[0];
  if (big) {
    for (const name of BIG_PHASES.filter((p) => p !== 'open')) {
      const b = phase(big, name);
      const m = phase(chMain, name);
      lines.push(
        b
          ? `clickhouse ${name} at ${fmtRows(big.rows)}: ${seconds(b.ms)} s, Node peak ${b.peakMb.toFixed(0)} MB (vs ${m ? `${seconds(m.ms)} s, ${m.peakMb.toFixed(0)} MB at ${fmtRows(chMain.rows)}` : 'no smaller run'})`
          : `clickhouse ${name} at ${fmtRows(big.rows)} FAILED or not reached: ${big.result.error ?? ''}`,
      );
    }
  }
  if (bigNote) lines.push(bigNote);
  return lines;
}

function peak(run: Run): string {
  return Math.max(0, ...run.result.phases.map((p) => p.peakMb)).toFixed(0);
}

function fmtRows(rows: number): string {
  return rows % 1_000_000 === 0 ? `${rows / 1_000_000}M` : rows.toLocaleString('en-US');
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(ms < 10_000 ? 2 : 1);
}

function mb(bytes: number): string {
  return (bytes / 1e6).toFixed(0);
}
