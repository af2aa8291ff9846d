import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IncidentRecord } from '../../core/demo/incidents';
import type { MonitorAlert } from '../../core/protocol';
import { openPipeline } from '../../core/io/openPipeline';
import { openEngine } from '../../core/engine/openEngine';
import { monitorPipeline } from '../../core/monitor/monitorPipeline';
import { tableRowSource } from '../../core/detect/performance/tableRows';
import { ensureDemo } from '../ensureDemo';
import { printTable } from '../printTable';
import { matchIncidents } from './matchIncidents';

/**
 * Scores `monitor` (daily windows) against the demo's planted incidents: for each incident in
 * incidents.json, does an alert of the same stage and column start within one window of its
 * onset; precision counts every alert and warning. Thresholds are the shipped defaults.
 */
export async function incidentsBench(dir: string): Promise<void> {
  await ensureDemo(dir);
  const incidents = JSON.parse(readFileSync(join(dir, 'incidents.json'), 'utf8')) as IncidentRecord[];
  const t0 = performance.now();
  const opened = await openEngine(openPipeline(dir));
  const t1 = performance.now();
  const quality = await monitorPipeline(opened.pipeline, opened.engine, { bucket: 'day' });
  const t2 = performance.now();
  const full = await monitorPipeline(opened.pipeline, opened.engine, { bucket: 'day', rows: tableRowSource(opened.tables) });
  const t3 = performance.now();
  const score = matchIncidents(incidents, full.alerts, 'day');
  printTable(
    ['incident', 'stage.column', 'truth onset', 'found', 'matching alerts'],
    score.matches.map((m) => [m.incident.id, `${m.incident.stage}.${m.incident.column}`, m.incident.onset.slice(0, 10), m.alerts.length ? 'yes' : 'NO', m.alerts.map(describe).join('; ') || '-']),
  );
  const alerts = full.alerts.filter((a) => a.severity === 'alert');
  const alertScore = matchIncidents(incidents, alerts, 'day');
  console.log(`alerts+warnings: ${full.alerts.length}, precision ${fmt(score.precision)}, recall ${fmt(score.recall)}`);
  console.log(`alerts only:     ${alerts.length}, precision ${fmt(alertScore.precision)}, recall ${fmt(alertScore.recall)}`);
  console.log(`time: load ${secs(t1 - t0)}, monitor data quality ${secs(t2 - t1)}, monitor with performance + label lag ${secs(t3 - t2)} (${full.windows.length} daily windows, ${full.stages.length} stages)`);
  console.log(`data quality alone: ${quality.alerts.length} alerts+warnings`);
  console.log('unmatched alerts by stage.column/kind:');
  const unmatched = full.alerts.filter((a) => !score.matches.some((m) => m.alerts.includes(a)));
  const counts = new Map<string, number>();
  for (const a of unmatched) counts.set(`${a.stage}.${a.column} ${a.kind} (${a.severity})`, (counts.get(`${a.stage}.${a.column} ${a.kind} (${a.severity})`) ?? 0) + 1);
  for (const [k, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`  ${n} x ${k}`);
}

function describe(a: MonitorAlert): string {
  return `${a.kind} ${a.severity} ${new Date(a.onset).toISOString().slice(0, 10)}`;
}

const fmt = (v: number): string => v.toFixed(2);
const secs = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
