import type { TraceResult } from '../protocol';
import type { ReportSection } from './document';
import { html } from './html';
import type { SafeHtml } from './html';
import { RUN_HEADERS, runRows, runsIntro } from './runCells';
import { INCIDENT_HEADERS, LOSS_HEADERS, incidentCells, lossCells } from './traceCells';

/**
 * The report's diagnosis sections, from the stage trace of the detection's alerts: the incidents
 * with the first stage and column where each shows, its onset, where it spread and the runs
 * behind it; the component runs ranked by the flagged outputs downstream of them; then the
 * records lost or altered between consecutive stages.
 */
export function diagnosisSections(trace: TraceResult): ReportSection[] {
  const sections: ReportSection[] = [
    {
      id: 'diagnosis',
      title: 'Diagnosis: where each incident starts',
      intro: trace.incidents.length
        ? `${trace.alerts.length} alerts and warnings grouped into ${trace.incidents.length} incident${trace.incidents.length === 1 ? '' : 's'}, earliest onset first. ` +
          'The first stage is the earliest in pipeline order where the incident shows; the onset is a change point of the alert’s window scores, with the windows the data cannot tell apart from it.'
        : 'No alerts or warnings, so nothing to trace.',
      ...(trace.incidents.length ? { body: table('incidents', INCIDENT_HEADERS, trace.incidents.map((incident, i) => incidentCells(incident, i + 1, trace.bucket))) } : {}),
    },
  ];
  sections.push({
    id: 'component-runs',
    title: 'Component runs behind the flagged outputs',
    intro: runsIntro(trace),
    ...(trace.runsRanking && trace.runsRanking.runs.length ? { body: table('component-runs', RUN_HEADERS, runRows(trace).map((r) => r.cells)) } : {}),
  });
  if (trace.stageLoss.length) {
    sections.push({
      id: 'record-loss',
      title: 'Records lost or altered between stages',
      intro: 'Consecutive stages joined by record key: records dropped (key gone downstream), nulled and changed in same-named columns; jumps are windows whose share rose above the reference windows’.',
      body: table('record-loss', LOSS_HEADERS, trace.stageLoss.map(lossCells)),
    });
  }
  return sections;
}

function table(className: string, headers: readonly (readonly [string, boolean])[], rows: string[][]): SafeHtml {
  return html`<div class="table-wrap"><table class="${className}">
<thead><tr>${headers.map(([h, num]) => (num ? html`<th class="num">${h}</th>` : html`<th>${h}</th>`))}</tr></thead>
<tbody>${rows.map((cells) => html`<tr>${cells.map((text, i) => (headers[i][1] ? html`<td class="num">${text}</td>` : i === 1 ? html`<td><code>${text}</code></td>` : html`<td>${text}</td>`))}</tr>`)}</tbody>
</table></div>`;
}
