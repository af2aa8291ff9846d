import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IncidentRecord } from '../../core/demo/incidents';
import type { LogTable } from '../../core/io/logTable';
import type { Pipeline } from '../../core/io/pipeline';
import type { RepairMethod } from '../../core/protocol/whatif';
import type { RepairRequest } from '../../core/react/repair';
import type { Affected } from './trueAccuracy';
import { hourOfDay } from '../../core/demo/calendar';
import { KM_PER_MILE } from '../../core/demo/clean';
import { openPipeline } from '../../core/io/openPipeline';
import { openEngine } from '../../core/engine/openEngine';
import { pipelineSliceTable } from '../../core/diagnose/slices/pipelineSliceTable';
import { repairWhatIf } from '../../core/react/repair';
import { ensureDemo } from '../ensureDemo';
import { printTable } from '../printTable';
import { accuracies } from './trueAccuracy';

const TARGET = 0.9;

interface Case {
  incident: string;
  /** The column the model reads that the incident corrupted, and its true value per joined row. */
  column: string;
  truth: (opened: Opened, affected: Affected) => (i: number) => number;
  repairs: { with: RepairMethod; request: (incident: IncidentRecord) => Omit<RepairRequest, 'kind' | 'with'> }[];
}

interface Opened {
  pipeline: Pipeline;
  tables: ReadonlyMap<string, LogTable>;
}

const CASES: Case[] = [
  {
    incident: 'features-dep-hour-tx',
    column: 'dep_hour',
    // The demo generator's truth: the local hour of the scheduled departure (event_time).
    truth: (_, a) => (i) => hourOfDay(a.joined.time!.values[i]),
    repairs: (['upstream', 'impute', 'drop', 'clip'] as RepairMethod[]).map((method) => ({
      with: method,
      request: (incident) => ({ stage: 'features', column: 'dep_hour', where: [{ feature: 'origin_state', value: 'TX' }], start: Date.parse(incident.onset) }),
    })),
  },
  {
    incident: 'clean-distance-km-in-miles',
    column: 'log_distance',
    // distance_km held miles: the true feature is log of the converted distance, as clean rounds it.
    truth: (_, a) => {
      const km = a.joined.table.columns.find((c) => c.name === 'distance_km')!;
      return (i) => Math.log(Math.round((km.type === 'category' ? NaN : km.values[i]) * KM_PER_MILE * 10) / 10);
    },
    repairs: (['clip', 'impute', 'drop'] as RepairMethod[]).map((method) => ({
      with: method,
      request: (incident) => ({ stage: 'features', column: 'log_distance', start: Date.parse(incident.onset), end: Date.parse(incident.end!) }),
    })),
  },
];

/**
 * Repairs the demo's planted stage bugs and re-scores with the ONNX models: for each incident,
 * accuracy on its affected labeled records with the buggy logged inputs, with the true inputs
 * (re-scored), and after each repair; recovered = (after − buggy) / (true − buggy), for accuracy
 * (the issue's target) and for F1 (accuracy rewards a repair that just predicts fewer positives).
 */
export async function repairBench(dir = process.env.SIGHTLINE_DEMO_DIR ?? join(tmpdir(), 'sightline-bench-repair')): Promise<void> {
  await ensureDemo(dir);
  const incidents = JSON.parse(readFileSync(join(dir, 'incidents.json'), 'utf8')) as IncidentRecord[];
  const t0 = performance.now();
  const opened = await openEngine(openPipeline(dir));
  console.log(`loaded ${dir} in ${secs(performance.now() - t0)}`);
  for (const c of CASES) await runCase(opened, dir, incidents.find((i) => i.id === c.incident)!, c);
}

async function runCase(opened: Opened, dir: string, incident: IncidentRecord, c: Case): Promise<void> {
  const affected = affectedRecords(opened, dir, incident);
  const base = await accuracies(opened.pipeline, opened.tables, affected, c.column, c.truth(opened, affected));
  console.log(`\n${incident.id} (${incident.stage}.${incident.column}; model input ${c.column}): ${incident.affected.count} affected, ${affected.labeled.length} labeled predictions`);
  console.log(`accuracy: buggy logged inputs ${pct(base.logged.accuracy)}, true inputs re-scored ${pct(base.truth.accuracy)} (lost ${pct(base.truth.accuracy - base.logged.accuracy)})`);
  console.log(`F1:       buggy logged inputs ${pct(base.logged.f1)}, true inputs re-scored ${pct(base.truth.f1)} (lost ${pct(base.truth.f1 - base.logged.f1)})`);
  const rows: string[][] = [];
  for (const r of c.repairs) {
    const t = performance.now();
    const result = await repairWhatIf(opened.pipeline, opened.tables, { kind: 'repair', with: r.with, ...r.request(incident) });
    const before = result.before.accuracy?.value ?? NaN;
    const after = result.after.accuracy?.value ?? NaN;
    const recovered = (after - base.logged.accuracy) / (base.truth.accuracy - base.logged.accuracy);
    const f1 = result.after.f1?.value ?? NaN;
    const interval = result.after.accuracy?.interval;
    rows.push([
      r.with,
      String(result.coverage.total),
      String(result.coverage.labeled),
      pct(before),
      `${pct(after)} [${interval ? `${pct(interval.low)}, ${pct(interval.high)}` : '-'}]`,
      pct(recovered),
      recovered >= TARGET ? 'yes' : 'no',
      `${pct(f1)} (${pct((f1 - base.logged.f1) / (base.truth.f1 - base.logged.f1))})`,
      String(result.recordsChanged.decisions),
      reproduction(result.assumptions),
      secs(performance.now() - t),
    ]);
  }
  printTable(['with', 'touched', 'labeled', 'before', 'after [95%]', 'recovered', `>= ${pct(TARGET)}`, 'F1 after (recovered)', 'decisions changed', 'model reproduces logs to', 'time'], rows);
}

/** The joined prediction rows whose flight_id is in the incident's file, those with a label. */
function affectedRecords(opened: Opened, dir: string, incident: IncidentRecord): Affected {
  const ids = new Set(readFileSync(join(dir, incident.affected.file), 'utf8').split('\n').filter(Boolean));
  const joined = pipelineSliceTable(opened.pipeline, opened.tables);
  const predictions = opened.pipeline.stages.find((s) => s.name === opened.pipeline.predictions!.stage)!;
  const key = opened.tables.get(predictions.name)!.columns.find((col) => col.name === predictions.key)!;
  const idOf = (row: number): string | null => (key.type === 'category' ? (key.codes[row] < 0 ? null : key.dictionary[key.codes[row]]) : String(key.values[row]));
  const labeled: number[] = [];
  joined.rows.forEach((row, i) => {
    const id = idOf(row);
    if (id !== null && ids.has(id) && (joined.labels[i] === 0 || joined.labels[i] === 1)) labeled.push(i);
  });
  return { joined, labeled: Int32Array.from(labeled) };
}

function reproduction(assumptions: string[]): string {
  return /within (\S+)/.exec(assumptions.find((a) => a.includes('reproduce the logged scores')) ?? '')?.[1] ?? '-';
}

const pct = (v: number): string => (Number.isFinite(v) ? `${(v * 100).toFixed(1)}%` : '-');
const secs = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
