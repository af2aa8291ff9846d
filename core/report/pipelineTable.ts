import { formatBytes, formatCount, formatDuration, formatPercent, formatSpan } from '../charts';
import type { InspectResult, StageSummary } from '../protocol';
import { html } from './html';
import type { SafeHtml } from './html';

/** One row per stage: what was read, how much, over which time, and how well it is labeled. */
export function pipelineTable(inspect: InspectResult): SafeHtml {
  return html`<div class="table-wrap"><table class="stages">
<thead><tr><th>Stage</th><th class="num">Files</th><th class="num">Rows</th><th class="num">Columns</th><th>Time span (UTC)</th><th class="num">Label coverage</th><th class="num">Label lag p50 / p90</th></tr></thead>
<tbody>${inspect.stages.map(stageRow)}</tbody>
</table></div>
${inspect.guesses.length ? html`<ul class="guesses">${inspect.guesses.map((g) => html`<li>Guessed: ${g}</li>`)}</ul>` : ''}`;
}

function stageRow(stage: StageSummary): SafeHtml {
  const bytes = stage.files.reduce((sum, f) => sum + f.bytes, 0);
  const skipped = stage.files.reduce((sum, f) => sum + f.skippedRows, 0);
  const labels = stage.labels;
  const lag = labels?.lagMs ? `${formatDuration(labels.lagMs.p50)} / ${formatDuration(labels.lagMs.p90)}` : '–';
  return html`<tr>
<td><strong>${stage.name}</strong>${stage.timeColumn ? html`<span class="sub">time: ${stage.timeColumn}</span>` : ''}</td>
<td class="num" title="${stage.files.map((f) => f.path).join('\n')}">${formatCount(stage.files.length)}<span class="sub">${formatBytes(bytes)}</span></td>
<td class="num">${formatCount(stage.rows)}${skipped ? html`<span class="sub">${formatCount(skipped)} skipped</span>` : ''}</td>
<td class="num">${formatCount(stage.columns.length)}</td>
<td>${stage.timeSpan ? formatSpan(stage.timeSpan) : '–'}</td>
<td class="num">${labels ? html`${formatPercent(labels.coverage)}<span class="sub">${formatCount(labels.labeled)} of ${formatCount(labels.total)}</span>` : '–'}</td>
<td class="num">${lag}</td>
</tr>`;
}
