import { spawn } from 'node:child_process';
import type { EngineName } from '../../core/io/pipeline';
import type { OpenedEngine } from '../../core/engine/openEngine';
import { openEngine } from '../../core/engine/openEngine';
import { openPipeline } from '../../core/io/openPipeline';
import { inspectPipeline } from '../../core/inspect/inspect';
import { detectDrift } from '../../core/detect/drift/detectDrift';
import { monitorPipeline } from '../../core/monitor/monitorPipeline';
import type { MonitorResult } from '../../core/protocol';
import { traceOpened } from '../../core/diagnose/trace/traceOpened';
import { openedSlices } from '../../core/diagnose/slices/openedSlices';
import { BASE_SECONDS, DAYS, DAY_SECONDS } from './syntheticSql';
import { STAGE } from './generateData';

export const PHASES = ['open', 'inspect', 'drift', 'monitor', 'trace', 'slices', 'monitor+perf'] as const;
export type Phase = (typeof PHASES)[number];

export interface PhaseResult {
  phase: Phase;
  ms: number;
  /** The child's peak RSS so far (MB): it covers this phase and every phase before it. */
  peakMb: number;
  /** A short description of what the phase produced. */
  note: string;
}

/** The figures compared across engines. */
export interface EngineChecks {
  rows?: number;
  nulls?: Record<string, number>;
  pValues?: Record<string, number | null>;
  alerts?: number;
  /** The stage trace's record loss between the stages, and its incidents' first stage and column. */
  trace?: string;
  /** The level-2 slice search: each top slice's predicates, size and error count, and how many slices were evaluated. */
  slices?: string;
}

export interface EngineChildResult {
  ok: boolean;
  phases: PhaseResult[];
  checks: EngineChecks;
  error?: string;
}

const DAY_MS = DAY_SECONDS * 1000;
const BASE_MS = BASE_SECONDS * 1000;
/** Reference: the first 7 days; current: the last 7 days. */
const REFERENCE = { start: BASE_MS, end: BASE_MS + 7 * DAY_MS };
const CURRENT = { start: BASE_MS + (DAYS - 7) * DAY_MS, end: BASE_MS + DAYS * DAY_MS };

/**
 * Child side: opens the manifest on `engine` and runs the phases in order, printing one JSON
 * line. Each phase's peak is the process's maxRSS after it (Node heap, native buffers and, for
 * DuckDB, the embedded database; ClickHouse's servers are other processes).
 */
export async function runEnginesChild(args: string[]): Promise<void> {
  const [manifest, engine, phaseList] = args;
  const phases = phaseList.split(',') as Phase[];
  const result: EngineChildResult = { ok: true, phases: [], checks: {} };
  let opened: OpenedEngine | undefined;
  const state: PhaseState = {};
  const peakMb = (): number => process.resourceUsage().maxRSS / 1024;
  try {
    for (const phase of phases) {
      const started = performance.now();
      let note = '';
      if (phase === 'open') {
        opened = await openEngine(openPipeline(manifest, { engine: engine as EngineName }));
        note = `${opened.engine.name}`;
      } else {
        if (!opened) throw new Error(`phase ${phase} needs open first`);
        note = await runPhase(phase, opened, result.checks, state);
      }
      result.phases.push({ phase, ms: performance.now() - started, peakMb: peakMb(), note });
      // The result so far, so a child that dies later (out of memory) still reports its finished phases.
      process.stdout.write(`${JSON.stringify(result)}\n`);
    }
  } catch (error) {
    result.ok = false;
    result.error = (error instanceof Error ? error.message : String(error)).split('\n')[0].slice(0, 300);
  }
  const closable = opened?.engine as { close?: () => Promise<void> } | undefined;
  await closable?.close?.().catch(() => undefined);
  process.stdout.write(`${JSON.stringify(result)}\n`);
  // DuckDB's and the HTTP client's handles would keep the child alive.
  process.exit(0);
}

/** What a phase leaves for a later one: the trace reuses the monitoring before it. */
interface PhaseState {
  monitor?: MonitorResult;
}

async function runPhase(phase: Exclude<Phase, 'open'>, opened: OpenedEngine, checks: EngineChecks, state: PhaseState): Promise<string> {
  const { pipeline, engine } = opened;
  switch (phase) {
    case 'inspect': {
      const inspect = await inspectPipeline(pipeline, engine);
      const stage = inspect.stages.find((s) => s.name === STAGE)!;
      checks.rows = stage.rows;
      checks.nulls = Object.fromEntries(stage.columns.map((c) => [c.name, c.nullCount]));
      return `${stage.rows} rows, ${stage.columns.length} columns`;
    }
    case 'drift': {
      const reference = await engine.timeSlice(STAGE, { time: 'event_time', ...REFERENCE });
      const current = await engine.timeSlice(STAGE, { time: 'event_time', ...CURRENT });
      const drift = await detectDrift({ engine, stage: reference }, { engine, stage: current });
      checks.pValues = Object.fromEntries(drift.columns.map((c) => [c.column, c.pValue]));
      const drifted = drift.columns.filter((c) => c.drifted).map((c) => c.column);
      return `${drift.reference.rows} vs ${drift.current.rows} rows; drifted: ${drifted.join(' ') || 'none'}`;
    }
    case 'monitor':
    case 'monitor+perf': {
      const monitor = await monitorPipeline(pipeline, engine, { bucket: 'day', ...(phase === 'monitor+perf' ? { rows: opened.rows } : {}) });
      if (phase === 'monitor') {
        checks.alerts = monitor.alerts.length;
        state.monitor = monitor;
      }
      const perf = monitor.performance ? `, ${monitor.performance.windows.length} performance windows` : '';
      return `${monitor.windows.length} windows, ${monitor.alerts.length} alerts${perf}`;
    }
    case 'trace': {
      // Over the monitoring phase's alerts, as the demo bench does: the phase's own cost is the record-level joins between stages.
      const trace = await traceOpened(opened, { bucket: 'day', performance: false, ...(state.monitor ? { monitor: state.monitor } : {}) });
      checks.trace = JSON.stringify({ loss: trace.stageLoss.map((l) => [l.from, l.to, l.upstream, l.dropped, l.nulled, l.changed]), incidents: trace.incidents.map((i) => [i.firstStage, i.column]) });
      const loss = trace.stageLoss.map((l) => `${l.from}→${l.to}: ${l.dropped} dropped of ${l.upstream}`).join('; ');
      return `${trace.incidents.length} incidents; ${loss}`;
    }
    case 'slices': {
      const slices = await openedSlices(opened, { maxLevel: 2 });
      checks.slices = JSON.stringify({ evaluated: slices.evaluated, top: slices.slices.map((s) => [s.predicates.map((p) => `${p.feature}=${p.value}`).join('&'), s.size, Math.round(s.error * s.size)]) });
      const first = slices.slices[0];
      return `${slices.rows} labeled predictions, ${slices.evaluated} slices evaluated; top: ${first ? `${first.predicates.map((p) => `${p.feature} = ${p.value}`).join(' & ')} (${first.size} rows, error ${first.error.toFixed(3)})` : 'none'}`;
    }
  }
}

/** Parent side: one engine run in a fresh Node process with Node's default heap. */
export function runEngineInChild(manifest: string, engine: EngineName, phases: Phase[], timeoutMs: number, onPhase?: (phase: PhaseResult) => void): Promise<EngineChildResult> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, ['--expose-gc', process.argv[1], '--engines-child', manifest, engine, phases.join(',')], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    let reported = 0;
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      // Each finished phase as it comes, from the last complete line.
      const lines = stdout.split('\n');
      const last = lines.slice(0, -1).filter((line) => line.startsWith('{')).pop();
      if (!last) return;
      const sofar = JSON.parse(last) as EngineChildResult;
      for (; reported < sofar.phases.length; reported++) onPhase?.(sofar.phases[reported]);
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const last = stdout.trim().split('\n').filter((line) => line.startsWith('{')).pop();
      const partial = last ? (JSON.parse(last) as EngineChildResult) : undefined;
      if (code === 0 && partial) return resolve(partial);
      const oom = /heap out of memory|Allocation failed|Invalid string length|Cannot create a string longer/i.test(stderr);
      const reason = timedOut
        ? `timed out after ${Math.round((Date.now() - started) / 1000)} s`
        : oom
          ? `out of memory (${stderr.match(/heap out of memory|Allocation failed[^\n]*|Invalid string length|Cannot create a string longer[^\n]*/i)?.[0] ?? 'heap'})`
          : stderr.trim().split('\n').slice(-3).join(' ') || `exit ${code ?? signal}`;
      resolve({ ok: false, phases: partial?.phases ?? [], checks: partial?.checks ?? {}, error: reason.slice(0, 300) });
    });
  });
}
