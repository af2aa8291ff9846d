import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LogTable } from '../../core/io/logTable';
import type { Pipeline } from '../../core/io/pipeline';
import type { WhatIfAsk, WhatIfResult, WhatIfScope } from '../../core/protocol/whatif';
import type { ComparedRecords } from '../../core/react/backtest/compared';
import type { CountMetric } from '../../core/react/backtest/metrics';
import { openPipeline } from '../../core/io/openPipeline';
import { openEngine } from '../../core/engine/openEngine';
import { pipelineWhatIf } from '../../core/react/pipeline/pipelineWhatIf';
import { whatIfRecords } from '../../core/react/pipeline/whatIfRecords';
import { runWhatIf } from '../../core/react/backtest/runWhatIf';
import { compareMetrics } from '../../core/react/backtest/compare';
import { countsOn, metricFromCounts } from '../../core/react/backtest/metrics';
import { bootstrapIntervals } from '../../core/detect/performance/bootstrap';
import { ensureDemo } from '../ensureDemo';
import { printTable } from '../printTable';

const REPLICATES = 1000;
const DECISION_METRICS: CountMetric[] = ['accuracy', 'precision', 'recall', 'f1'];

interface Case {
  name: string;
  ask: WhatIfAsk;
  scope?: WhatIfScope;
}

const CASES: Case[] = [
  { name: 'threshold for F1', ask: { kind: 'threshold', objective: { kind: 'f1' } } },
  { name: 'recalibrate (Platt)', ask: { kind: 'recalibrate', method: 'platt' } },
  { name: 'recalibrate (isotonic)', ask: { kind: 'recalibrate', method: 'isotonic' } },
  { name: 'rollback v2 -> v1 (shadow)', ask: { kind: 'rollback' } },
  { name: 'fallback TX to review', ask: { kind: 'fallback', action: 'review' }, scope: { where: [{ feature: 'origin_state', value: 'TX' }] } },
  { name: 'repair TX dep_hour (upstream)', ask: { kind: 'repair', stage: 'features', column: 'dep_hour', with: 'upstream' }, scope: { where: [{ feature: 'origin_state', value: 'TX' }], start: Date.UTC(2001, 3, 15) } },
];

/**
 * Every remediation on the demo at 1000 bootstrap replicates: time, verdict and primary metric.
 * Then the paired bootstrap of the four decision metrics on the threshold's compared records,
 * counted draw by draw on both sides (the previous way) and as each record's draws tallied by its
 * outcome byte (compareMetrics), in the same run on the same draws: the intervals must be identical.
 */
export async function whatifBench(dir = process.env.SIGHTLINE_DEMO_DIR ?? join(tmpdir(), 'sightline-bench-repair')): Promise<void> {
  await ensureDemo(dir);
  const t0 = performance.now();
  const opened = await openEngine(openPipeline(dir));
  console.log(`loaded ${dir} in ${secs(performance.now() - t0)}; ${REPLICATES} bootstrap replicates per interval\n`);
  const rows: string[][] = [];
  for (const c of CASES) rows.push(await runCase(opened, c));
  printTable(['remediation', 'time', 'labeled', 'metric', 'before', 'after', 'after - before [95%]', 'verdict', 'windows', 'slices'], rows);
  console.log('');
  compareCounting(opened);
}

async function runCase(opened: { pipeline: Pipeline; tables: ReadonlyMap<string, LogTable> }, c: Case): Promise<string[]> {
  const t = performance.now();
  const r: WhatIfResult = await pipelineWhatIf(opened.pipeline, opened.tables, c.ask, { ...c.scope, replicates: REPLICATES });
  const elapsed = performance.now() - t;
  const m = r.primary;
  const d = r.difference[m];
  const interval = d?.interval ? `[${sign(d.interval.low)}, ${sign(d.interval.high)}]` : '';
  return [c.name, secs(elapsed), String(r.coverage.labeled), m, fixed(r.before[m]?.value), fixed(r.after[m]?.value), `${sign(d?.value ?? NaN)} ${interval}`, r.verdict ?? '-', String(r.overTime.length), String(r.bySlice.length)];
}

function compareCounting(opened: { pipeline: Pipeline; tables: ReadonlyMap<string, LogTable> }): void {
  const records = whatIfRecords(opened.pipeline, opened.tables);
  let compared: ComparedRecords | undefined;
  runWhatIf({ times: records.times, scores: records.scores, labels: records.labels }, { kind: 'threshold', objective: { kind: 'f1' } }, { bucket: 'day', replicates: 100, onCompared: (c) => (compared = c) });
  const pooled = compared!;
  const options = { level: 0.95, replicates: REPLICATES, seed: 1 };
  const t1 = performance.now();
  const perRecord = bootstrapIntervals(pooled.labels.length, 2 * DECISION_METRICS.length, (idx, into) => {
    const before = countsOn(pooled.before.decisions, pooled.labels, idx);
    const after = countsOn(pooled.after.decisions, pooled.labels, idx);
    DECISION_METRICS.forEach((m, k) => {
      into[2 * k] = metricFromCounts(m, before, idx.length);
      into[2 * k + 1] = metricFromCounts(m, after, idx.length) - into[2 * k];
    });
  }, options);
  const baseline = performance.now() - t1;
  const t2 = performance.now();
  const current = compareMetrics(DECISION_METRICS, pooled, options);
  const coded = performance.now() - t2;
  const same = DECISION_METRICS.every((_, k) => JSON.stringify(perRecord[2 * k + 1]) === JSON.stringify(current[k][1].difference.interval));
  console.log(`paired bootstrap of ${DECISION_METRICS.join(', ')} on ${pooled.labels.length} records, ${REPLICATES} replicates:`);
  printTable(['counting', 'time', 'difference intervals'], [
    ['per record, both sides (baseline)', secs(baseline), ''],
    ['draws per record tallied by outcome byte', secs(coded), same ? 'identical to the baseline' : 'DIFFER from the baseline'],
  ]);
  if (!same) process.exitCode = 1;
}

function secs(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

function fixed(v: number | null | undefined): string {
  return v === null || v === undefined ? '-' : v.toFixed(4);
}

function sign(v: number): string {
  return Number.isFinite(v) ? `${v >= 0 ? '+' : ''}${v.toFixed(4)}` : '-';
}
