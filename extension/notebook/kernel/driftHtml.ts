import { html } from '../../../core/report/html';
import type { SafeHtml } from '../../../core/report/html';
import { driftSummary, minEffectText } from '../../../core/report/detectionSummary';
import { DRIFT_HEADERS, driftCells, sortDriftColumns } from '../../../core/report/driftCells';
import type { DriftColumn, DriftResult } from '../../../core/protocol';
import { BOX, CELL, LINE, NOTE, NUM, TABLE } from './fallbackStyle';

/** A drift result without the renderer: the rule, one row per column, and what was skipped. */
export function driftHtml(result: DriftResult): string {
  const skipped = result.skipped.length ? html`<p ${LINE}>Skipped: ${result.skipped.map((s) => `${s.column} (${s.reason})`).join('; ')}</p>` : '';
  return html`<div class="sightline-result" ${BOX}>
<p ${LINE}><strong>Sightline drift: ${result.pipeline}</strong> · ${driftSummary(result)}</p>
<p ${LINE}>Reference <code>${result.reference.source}</code>, current <code>${result.current.source}</code>; ${minEffectText(result)}.</p>
<table ${TABLE}>
<thead><tr>${DRIFT_HEADERS.map(([h, num]) => html`<th ${num ? NUM : CELL}>${h}</th>`)}</tr></thead>
<tbody>${sortDriftColumns(result.columns).map(columnRow)}</tbody>
</table>
${skipped}
<p ${NOTE}>Charts draw where the Sightline extension is installed.</p>
</div>`.value;
}

function columnRow(c: DriftColumn): SafeHtml {
  const cells = driftCells(c);
  return html`<tr>${cells.map((text, i) => {
    const attrs = DRIFT_HEADERS[i][1] ? NUM : CELL;
    return i === 0 && c.drifted ? html`<td ${attrs}><strong>${text}</strong></td>` : html`<td ${attrs}>${text}</td>`;
  })}</tr>`;
}
