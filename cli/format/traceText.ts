import type { IncidentRun, StageLoss, TraceIncident, TraceResult } from '../../core/protocol/trace';
import { bucketLabel, formatCount, formatInstant, formatPercent } from '../../core/charts/format';
import { RUN_HEADERS, runRows, runsEmptyText, runsIntro } from '../../core/report/runCells';
import { textTable } from './table';

type Bucket = TraceResult['bucket'];

/** The trace for a person reading a terminal: incidents with their first stage, then record loss, code versions and ranked runs. */
export function traceText(result: TraceResult): string {
  const out: string[] = [];
  const ref = result.reference;
  out.push(`Pipeline ${result.pipeline}: ${result.alerts.length} alerts and warnings in ${result.incidents.length} incident${result.incidents.length === 1 ? '' : 's'}, ${result.bucket} windows, reference ${bucketLabel(ref.start, 'day')}..${bucketLabel(ref.end, 'day')}`);
  out.push('', ...(result.incidents.length ? incidentsText(result) : ['No alerts or warnings, so nothing to trace.']));
  if (result.stageLoss.length) out.push('', ...lossText(result.stageLoss, result.bucket));
  if (result.runsRanking?.codeVersions.length) out.push('', ...rankingText(result));
  out.push('', ...runsTableText(result));
  if (result.notes.length) out.push('', 'Notes:', ...result.notes.map((n) => `  - ${n}`));
  return out.join('\n');
}

function incidentsText(result: TraceResult): string[] {
  const lines = ['Incidents, earliest onset first (first stage in pipeline order and its column):'];
  result.incidents.forEach((incident, k) => lines.push(...incidentText(incident, k, result.bucket)));
  return lines;
}

function incidentText(incident: TraceIncident, k: number, bucket: Bucket): string[] {
  const [from, to] = incident.onsetInterval;
  const interval = from === to ? 'interval that window alone' : `interval ${bucketLabel(from, bucket)}..${bucketLabel(to, bucket)}`;
  const lines = [
    `  ${k + 1}. ${incident.firstStage}.${incident.column} (${incident.rootKind}) since ${bucketLabel(incident.onset, bucket)} (${interval}, ${incident.onsetMethod}); ${incident.alerts.length} alert${incident.alerts.length === 1 ? '' : 's'}`,
  ];
  if (incident.downstream.length) lines.push(`       downstream: ${incident.downstream.map((d) => `${d.stage}.${d.column} (${d.kind}) from ${bucketLabel(d.onset, bucket)}`).join(', ')}`);
  if (incident.subpopulation) lines.push(`       where: ${incident.subpopulation.description}`);
  if (incident.runs) lines.push(`       runs: ${runsText(incident.runs)}`);
  return lines;
}

function runsText(runs: IncidentRun[]): string {
  const began = runs.filter((r) => r.versionBeganAtOnset);
  if (!began.length) return `no code version began at the onset (${runs.map((r) => r.codeVersion).join(', ') || 'no run found'} in its lineage)`;
  return began.map((r) => `${r.codeVersion} began at the onset, after ${r.previousCodeVersion} (run ${r.runId}, started ${formatInstant(r.startedAt)}; upstream of ${r.coverage} of its flagged outputs)`).join('; ');
}

function lossText(losses: StageLoss[], bucket: Bucket): string[] {
  const lines = ['Records lost or altered between consecutive stages (joined by record key):'];
  lines.push(textTable(
    ['From -> to', 'Records', 'Dropped', 'Nulled', 'Changed', 'Jumps'],
    losses.map((l) => [`${l.from} -> ${l.to}`, formatCount(l.upstream), share(l.dropped, l.upstream), share(l.nulled, l.upstream), share(l.changed, l.upstream), String(l.alerts.length)]),
    [false, true, true, true, true, true],
  ));
  for (const l of losses) {
    for (const a of l.alerts) lines.push(`  ${a.severity.toUpperCase().padEnd(5)} ${l.from} -> ${l.to}: ${formatPercent(a.share)} of records ${a.what} in ${bucketLabel(a.start, bucket)} (reference median ${formatPercent(a.baseline)}, score ${a.score.toFixed(1)})`);
    const altered = l.byColumn.filter((c) => c.nulled || c.changed);
    if (altered.length) lines.push(`  ${l.from} -> ${l.to} by column: ${altered.map((c) => `${c.column} nulled ${formatCount(c.nulled)}, changed ${formatCount(c.changed)}`).join('; ')}`);
  }
  return lines;
}

function share(count: number, of: number): string {
  return `${formatCount(count)} (${formatPercent(of ? count / of : 0)})`;
}

function runsTableText(result: TraceResult): string[] {
  const empty = runsEmptyText(result);
  if (empty) return [`Component runs: ${empty}`];
  return [`Component runs: ${runsIntro(result)}`, textTable(RUN_HEADERS.map(([h]) => h), runRows(result).map((r) => r.cells), RUN_HEADERS.map(([, num]) => num))];
}

function rankingText(result: TraceResult): string[] {
  const ranking = result.runsRanking!;
  return [
    `Code versions by flagged outputs downstream of them (mltrace coverage; ${ranking.flaggedOutputs} flagged stage windows):`,
    textTable(
      ['Component', 'Code version', 'Runs', 'Coverage', 'Share of its outputs flagged'],
      ranking.codeVersions.map((v) => [v.component, v.codeVersion, String(v.runs), String(v.coverage), formatPercent(v.flaggedShare)]),
      [false, false, true, true, true],
    ),
  ];
}
