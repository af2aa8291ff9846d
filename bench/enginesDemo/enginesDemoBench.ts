import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EngineName } from '../../core/io/pipeline';
import type { OpenedEngine } from '../../core/engine/openEngine';
import { openEngine } from '../../core/engine/openEngine';
import { openPipeline } from '../../core/io/openPipeline';
import { inspectPipeline } from '../../core/inspect/inspect';
import { monitorPipeline } from '../../core/monitor/monitorPipeline';
import { detectDrift } from '../../core/detect/drift/detectDrift';
import { traceOpened } from '../../core/diagnose/trace/traceOpened';
import { openedSlices } from '../../core/diagnose/slices/openedSlices';
import type { MonitorResult } from '../../core/protocol';
import { pipelineReference } from '../../core/detect/drift/pipelineReference';
import { openDriftInput } from '../../core/detect/drift/driftSource';
import { clickhouseAvailable, startTwoShards } from '../../test/clickhouse/twoShards';
import { loadPipeline } from '../../test/clickhouse/loadPipeline';
import { ensureDemo } from '../ensureDemo';
import { printTable } from '../printTable';
import { differences, type Differences } from './differences';

type Analysis = 'inspect' | 'drift' | 'monitor' | 'trace' | 'slices';
const ANALYSES: Analysis[] = ['inspect', 'drift', 'monitor', 'trace', 'slices'];

interface Run {
  engine: EngineName;
  seconds: Record<Analysis | 'open', number>;
  results: Record<Analysis, unknown>;
}

/**
 * The demo's analyses (inspect, drift, monitoring with performance, the stage trace, slice
 * search at its default 3 levels) on every engine: the in-memory engine, DuckDB over the demo's files and
 * ClickHouse over two local shards holding a copy of them. Prints times and how far each
 * engine's results are from the in-memory ones (categorical fields must be equal; numbers
 * within floating-point rounding).
 */
export async function enginesDemoBench(dir = process.env.SIGHTLINE_DEMO_DIR ?? join(tmpdir(), 'sightline-bench-repair')): Promise<void> {
  await ensureDemo(dir);
  const runs: Run[] = [await runOn('arquero', () => openEngine(openPipeline(dir)))];
  runs.push(await runOn('duckdb', () => openEngine(openPipeline(dir, { engine: 'duckdb' }))));
  if (!clickhouseAvailable()) console.log('clickhouse-server is not installed: the ClickHouse column is left out (apt-get install clickhouse-server)');
  else {
    const shards = await startTwoShards();
    try {
      const memory = await openEngine(openPipeline(dir));
      const started = performance.now();
      const manifest = await loadPipeline(shards, memory.pipeline, memory.tables, 'demo', tmpdir());
      console.log(`copied the demo into two ClickHouse shards in ${seconds(started)} s`);
      runs.push(await runOn('clickhouse', () => openEngine(openPipeline(manifest))));
    } finally {
      await shards.stop();
    }
  }
  report(runs);
}

async function runOn(engine: EngineName, open: () => Promise<OpenedEngine>): Promise<Run> {
  let started = performance.now();
  const opened = await open();
  const run: Run = {
    engine,
    seconds: { open: seconds(started), inspect: 0, drift: 0, monitor: 0, trace: 0, slices: 0 },
    results: { inspect: null, drift: null, monitor: null, trace: null, slices: null },
  };
  let monitor: MonitorResult | undefined;
  const steps: Record<Analysis, () => Promise<unknown>> = {
    // Where rows were read from (files, tables) differs by engine by design; the figures must not.
    inspect: async () => {
      const result = await inspectPipeline(opened.pipeline, opened.engine);
      return { ...result, source: '', engine: '', stages: result.stages.map((stage) => ({ ...stage, files: [] })) };
    },
    drift: () => demoDrift(opened),
    monitor: async () => {
      monitor = await monitorPipeline(opened.pipeline, opened.engine, { bucket: 'day', rows: opened.rows });
      return { ...monitor, source: '' };
    },
    // The stage trace over the monitoring just done: its own cost is the record-level joins between stages.
    trace: async () => ({ ...(await traceOpened(opened, { bucket: 'day', monitor })), source: '' }),
    slices: async () => ({ ...(await openedSlices(opened)), source: '' }),
  };
  for (const analysis of ANALYSES) {
    started = performance.now();
    run.results[analysis] = await steps[analysis]();
    run.seconds[analysis] = seconds(started);
    console.log(`${engine} ${analysis}: ${run.seconds[analysis]} s`);
  }
  await opened.engine.close?.();
  return run;
}

/** The predictions stage against the manifest's reference range, as `sightline drift` compares them. */
async function demoDrift(opened: OpenedEngine): Promise<unknown> {
  const stage = opened.pipeline.predictions!.stage;
  const reference = await pipelineReference(opened.pipeline, opened.engine, stage);
  const current = await openDriftInput({ target: opened.pipeline.source, stage, start: reference!.end }, async () => opened);
  return detectDrift(reference!.input, current);
}

function report(runs: Run[]): void {
  const [memory, ...others] = runs;
  console.log(`\nthe demo on every engine (seconds; Node's peak RSS over the whole run ${Math.round(process.resourceUsage().maxRSS / 1024)} MB)`);
  printTable(['engine', 'open', ...ANALYSES], runs.map((r) => [r.engine, ...(['open', ...ANALYSES] as const).map((a) => r.seconds[a].toFixed(1))]));
  console.log('\nagreement with the in-memory engine');
  const rows: string[][] = [];
  for (const run of others) for (const analysis of ANALYSES) rows.push([run.engine, analysis, ...agreement(differences(run.results[analysis], memory.results[analysis]))]);
  printTable(['engine', 'analysis', 'numbers compared', 'max relative difference', 'other differences'], rows);
}

function agreement(found: Differences): string[] {
  const first = found.other[0];
  return [String(found.numbers), found.maxRelative.toExponential(1), found.other.length ? `${found.other.length}, first at ${first}` : '0'];
}

function seconds(since: number): number {
  return Math.round((performance.now() - since) / 100) / 10;
}
