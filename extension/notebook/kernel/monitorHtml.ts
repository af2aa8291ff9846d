import { bucketLabel, formatCount, formatOnset, formatPercent, worstScore } from '../../../core/charts';
import { html } from '../../../core/report/html';
import type { SafeHtml } from '../../../core/report/html';
import { monitorSummary } from '../../../core/report/detectionSummary';
import type { MonitorAlert, MonitorResult, StageMonitor } from '../../../core/protocol';
import { BOX, CELL, LINE, NOTE, NUM, TABLE } from './fallbackStyle';

/** A monitor result without the renderer: the summary, the alerts, and each stage's windows. */
export function monitorHtml(result: MonitorResult): string {
  return html`<div class="sightline-result" ${BOX}>
<p ${LINE}><strong>Sightline monitor: ${result.pipeline}</strong> · ${monitorSummary(result)}</p>
${alertsTable(result.alerts)}
${stagesTable(result)}
${performanceLine(result)}
<p ${NOTE}>Charts draw where the Sightline extension is installed. Source: <code>${result.source}</code></p>
</div>`.value;
}

function alertsTable(alerts: MonitorAlert[]): SafeHtml {
  if (!alerts.length) return html`<p ${LINE}>No alerts or warnings: every window stayed within its thresholds.</p>`;
  const ordered = [...alerts].sort((a, b) => rank(b) - rank(a) || a.onset - b.onset);
  return html`<table ${TABLE}>
<thead><tr><th ${CELL}>Severity</th><th ${CELL}>Kind</th><th ${CELL}>Where</th><th ${CELL}>Since (UTC)</th><th ${NUM}>Score</th><th ${CELL}>Evidence</th></tr></thead>
<tbody>${ordered.map(alertRow)}</tbody>
</table>`;
}

function alertRow(a: MonitorAlert): SafeHtml {
  const where = a.column === '*' ? a.stage : `${a.stage}.${a.column}`;
  const slice = a.subpopulation ? html`<br><em>Concentrated in ${a.subpopulation.description}</em>` : '';
  return html`<tr><td ${CELL}><strong>${a.severity}</strong></td><td ${CELL}>${a.kind}</td><td ${CELL}><code>${where}</code></td><td ${CELL}>${formatOnset(a.onset, a.last)} (${a.windows} ${a.windows === 1 ? 'window' : 'windows'})</td><td ${NUM}>${a.score.toFixed(1)}</td><td ${CELL}>${a.evidence}${slice}</td></tr>`;
}

function stagesTable(result: MonitorResult): SafeHtml | string {
  if (!result.stages.length) return '';
  return html`<table ${TABLE}>
<thead><tr><th ${CELL}>Stage</th><th ${NUM}>Windows</th><th ${NUM}>Reference</th><th ${NUM}>Rows</th><th ${NUM}>Warn</th><th ${NUM}>Alert</th><th ${CELL}>Worst window</th></tr></thead>
<tbody>${result.stages.map((s) => stageRow(s, result.bucket))}</tbody>
</table>`;
}

/** Counts windows outside the reference by their worst decision, as the CLI's text does. */
function stageRow(stage: StageMonitor, bucket: MonitorResult['bucket']): SafeHtml {
  const current = stage.windows.filter((w) => !w.reference);
  const scored = current.map((w) => ({ start: w.start, ...worstScore(w) }));
  const worst = scored.reduce<(typeof scored)[number] | undefined>((a, b) => (!a || b.score > a.score ? b : a), undefined);
  const rows = stage.windows.reduce((n, w) => n + w.rows, 0);
  const count = (decision: string) => formatCount(scored.filter((s) => s.decision === decision).length);
  const worstText = worst ? `${bucketLabel(worst.start, bucket)} (score ${worst.score.toFixed(1)})` : '–';
  return html`<tr><td ${CELL}>${stage.stage}</td><td ${NUM}>${formatCount(stage.windows.length)}</td><td ${NUM}>${formatCount(stage.referenceWindows)}</td><td ${NUM}>${formatCount(rows)}</td><td ${NUM}>${count('warn')}</td><td ${NUM}>${count('alert')}</td><td ${CELL}>${worstText}</td></tr>`;
}

function performanceLine(result: MonitorResult): SafeHtml | string {
  const perf = result.performance;
  if (!perf) return '';
  const estimated = perf.windows.filter((w) => w.estimates.length > 0).length;
  const estimates = estimated ? `; ${estimated} windows with too few labels carry estimates` : '';
  return html`<p ${LINE}>Performance (${perf.task}): ${formatCount(perf.windows.length)} windows, label coverage ${formatPercent(perf.coverage.coverage)} of ${formatCount(perf.coverage.total)} predictions${estimates}.</p>`;
}

function rank(a: MonitorAlert): number {
  return a.severity === 'alert' ? 2 : 1;
}
