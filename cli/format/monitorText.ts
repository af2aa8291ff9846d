import type { MonitorAlert, MonitorResult, StageMonitor } from '../../core/protocol';
import { bucketLabel, formatCount, formatPercent } from '../../core/charts/format';
import { worstScore } from '../../core/charts/monitorScores';
import { textTable } from './table';

/** The monitor result for a person reading a terminal: alerts first, then each stage's windows. */
export function monitorText(result: MonitorResult): string {
  const out: string[] = [];
  const ref = result.reference;
  out.push(`Pipeline ${result.pipeline}: ${result.windows.length} ${result.bucket} windows, reference ${bucketLabel(ref.start, 'day')}..${bucketLabel(ref.end, 'day')} (${ref.source})`);
  out.push('', ...alertsText(result.alerts, result.bucket));
  out.push('', 'Windows per stage (outside the reference):', textTable(
    ['Stage', 'Windows', 'Ref', 'Rows', 'Warn', 'Alert', 'Worst window'],
    result.stages.map((s) => stageRow(s, result.bucket)),
    [false, true, true, true, true, true, false],
  ));
  const perf = result.performance;
  if (perf) out.push('', `Performance (${perf.task}): ${perf.windows.length} windows, label coverage ${formatPercent(perf.coverage.coverage)} of ${formatCount(perf.coverage.total)} predictions`);
  const notes = [...(result.notes ?? []), ...result.stages.flatMap((s) => s.notes.map((n) => `${s.stage}: ${n}`))];
  if (notes.length) out.push('', 'Notes:', ...notes.map((n) => `  - ${n}`));
  return out.join('\n');
}

function alertsText(alerts: MonitorAlert[], bucket: MonitorResult['bucket']): string[] {
  if (!alerts.length) return ['No alerts or warnings.'];
  const ordered = [...alerts].sort((a, b) => severityRank(b) - severityRank(a) || a.onset - b.onset);
  const counts = `${ordered.filter((a) => a.severity === 'alert').length} alerts, ${ordered.filter((a) => a.severity === 'warn').length} warnings`;
  const lines = [`${counts}:`];
  for (const a of ordered) {
    const when = a.last === a.onset ? bucketLabel(a.onset, bucket) : `${bucketLabel(a.onset, bucket)}..${bucketLabel(a.last, bucket)}`;
    lines.push(`  ${a.severity.toUpperCase().padEnd(5)} ${a.kind} ${a.stage}.${a.column}  ${when} (${a.windows} window${a.windows === 1 ? '' : 's'}, score ${a.score.toFixed(1)})`);
    if (a.subpopulation) lines.push(`        where: ${a.subpopulation.description}`);
    lines.push(`        ${a.evidence}`);
  }
  return lines;
}

function severityRank(alert: MonitorAlert): number {
  return alert.severity === 'alert' ? 2 : 1;
}

function stageRow(stage: StageMonitor, bucket: MonitorResult['bucket']): string[] {
  const current = stage.windows.filter((w) => !w.reference);
  const rows = stage.windows.reduce((n, w) => n + w.rows, 0);
  let warn = 0;
  let alert = 0;
  let worst = { score: -Infinity, start: NaN };
  for (const w of current) {
    const score = worstScore(w);
    if (score.decision === 'alert') alert++;
    else if (score.decision === 'warn') warn++;
    if (score.score > worst.score) worst = { score: score.score, start: w.start };
  }
  const worstText = Number.isFinite(worst.score) ? `${bucketLabel(worst.start, bucket)} (score ${worst.score.toFixed(1)})` : '';
  return [stage.stage, String(stage.windows.length), String(stage.referenceWindows), formatCount(rows), String(warn), String(alert), worstText];
}
