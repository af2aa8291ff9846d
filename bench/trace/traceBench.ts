import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IncidentRecord } from '../../core/demo/incidents';
import type { TraceIncident, TraceResult } from '../../core/protocol/trace';
import { BUCKET_MS } from '../../core/protocol';
import { openPipeline } from '../../core/io/openPipeline';
import { openAndTrace } from '../../core/diagnose/trace/openAndTrace';
import { ensureDemo } from '../ensureDemo';
import { printTable } from '../printTable';

/**
 * Scores `trace` (daily windows, with performance so label lag is seen) against the demo's
 * planted incidents: the traced incident holding an alert of the planted stage and column that
 * starts within one window of the planted onset (the incidents bench's match), whether it names
 * that stage and column first, and its onset beside the truth.
 */
export async function traceBench(dir: string): Promise<void> {
  await ensureDemo(dir);
  const planted = JSON.parse(readFileSync(join(dir, 'incidents.json'), 'utf8')) as IncidentRecord[];
  const t0 = performance.now();
  const result = await openAndTrace(openPipeline(dir), { bucket: 'day', performance: true });
  const seconds = (performance.now() - t0) / 1000;
  const rows = planted.map((p) => {
    const found = tracedIncident(result, p);
    const day = (t: number): string => new Date(t).toISOString().slice(0, 10);
    if (!found) return [p.id, `${p.stage}.${p.column}`, p.onset.slice(0, 10), '-', 'NO', '-', '-', '-'];
    const right = found.firstStage === p.stage && found.column === p.column;
    const began = found.runs?.filter((r) => r.versionBeganAtOnset).map((r) => r.codeVersion).join(', ') || '-';
    return [
      p.id,
      `${p.stage}.${p.column}`,
      p.onset.slice(0, 10),
      `${found.firstStage}.${found.column}`,
      right ? 'yes' : 'NO',
      `${day(found.onset)} [${day(found.onsetInterval[0])}..${day(found.onsetInterval[1])}]`,
      found.downstream.map((d) => `${d.stage}.${d.column}`).join(', ') || '-',
      began,
    ];
  });
  printTable(['incident', 'planted', 'truth onset', 'trace first', 'right', 'onset [interval]', 'downstream', 'version at onset'], rows);
  const right = rows.filter((r) => r[4] === 'yes').length;
  console.log(`right stage and column first: ${right} of ${planted.length}; ${result.incidents.length} incidents from ${result.alerts.length} alerts; ${seconds.toFixed(1)} s with load and performance`);
}

function tracedIncident(result: TraceResult, planted: IncidentRecord): TraceIncident | undefined {
  const onset = Date.parse(planted.onset);
  const alert = result.alerts.find((a) => a.stage === planted.stage && a.column === planted.column && Math.abs(a.flaggedFrom - onset) <= BUCKET_MS[result.bucket]);
  return alert && result.incidents[alert.incident];
}
