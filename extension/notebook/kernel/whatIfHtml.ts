import { html } from '../../../core/report/html';
import { METRIC_HEADERS, SLICE_ROW_HEADERS, backtestText, changedText, coverageText, exportJson, exportText, headlineFigures, headlineNotes, metricRows, sliceRows, sliceTitle, verdictText } from '../../../core/report/reactionCells';
import { remediationName } from '../../../core/charts/whatIfLabels';
import type { WhatIfResult } from '../../../core/protocol';
import { BOX, LINE, NOTE } from './fallbackStyle';
import { htmlTable } from './htmlTable';

/** A what-if without the renderer: verdict and primary metric, every metric with intervals, per slice, assumptions, the parameters to ship. */
export function whatIfHtml(result: WhatIfResult): string {
  const notes = headlineNotes(result).map((n) => html`<p ${LINE}><strong>Note:</strong> ${n}</p>`);
  const slices = result.bySlice.length ? html`<p ${LINE}>${sliceTitle(result)}:</p>${htmlTable(SLICE_ROW_HEADERS, sliceRows(result))}` : '';
  const json = exportJson(result);
  return html`<div class="sightline-result" ${BOX}>
<p ${LINE}><strong>Sightline what-if: ${result.pipeline}</strong> · ${remediationName(result.remediation)}</p>
<p ${LINE}><strong>Verdict: ${verdictText(result)}</strong> · ${headlineFigures(result)}</p>
${notes}
${htmlTable(METRIC_HEADERS, metricRows(result))}
<p ${LINE}>Coverage: ${coverageText(result)} · ${changedText(result)}</p>
<p ${NOTE}>${backtestText(result)}</p>
${slices}
<p ${LINE}>Assumptions:</p>
<ul ${LINE}>${result.assumptions.map((a) => html`<li>${a}</li>`)}</ul>
<p ${LINE}>What to ship: ${exportText(result)}</p>
${json ? html`<pre ${LINE}>${json}</pre>` : ''}
<p ${NOTE}>Charts draw where the Sightline extension is installed. Source: <code>${result.source}</code></p>
</div>`.value;
}
