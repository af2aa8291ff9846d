import { html } from '../../../core/report/html';
import { INCIDENT_HEADERS, LOSS_HEADERS, incidentCells, lossCells, traceSummary } from '../../../core/report/traceCells';
import type { TraceResult } from '../../../core/protocol';
import { NO_RUNS_TEXT, RUN_HEADERS, runRows, runsIntro } from '../../../core/report/runCells';
import { BOX, LINE, NOTE } from './fallbackStyle';
import { htmlTable } from './htmlTable';

/** A trace result without the renderer: incidents (first stage and column, onset, downstream, runs), ranked component runs, then record loss. */
export function traceHtml(result: TraceResult): string {
  const incidents = result.incidents.length
    ? htmlTable(INCIDENT_HEADERS, result.incidents.map((incident, i) => incidentCells(incident, i + 1, result.bucket)), () => true)
    : html`<p ${LINE}>No alerts or warnings, so nothing to trace.</p>`;
  const loss = result.stageLoss.length ? html`<p ${LINE}>Records lost or altered between consecutive stages (joined by record key):</p>${htmlTable(LOSS_HEADERS, result.stageLoss.map(lossCells))}` : '';
  const ranked = runRows(result);
  const runs = result.runsRanking
    ? html`<p ${LINE}>Component runs: ${runsIntro(result)}</p>${htmlTable(RUN_HEADERS, ranked.map((r) => r.cells), (row) => ranked[row].runBegan.length > 0)}`
    : html`<p ${NOTE}>${NO_RUNS_TEXT}</p>`;
  const notes = result.notes.length ? html`<p ${NOTE}>${result.notes.join(' · ')}</p>` : '';
  return html`<div class="sightline-result" ${BOX}>
<p ${LINE}><strong>Sightline stage trace: ${result.pipeline}</strong> · ${traceSummary(result)}</p>
${incidents}
${runs}
${loss}
${notes}
<p ${NOTE}>Source: <code>${result.source}</code></p>
</div>`.value;
}
