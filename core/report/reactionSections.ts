import type { WhatIfResult } from '../protocol';
import type { ReportSection } from './document';
import { html } from './html';
import type { SafeHtml } from './html';
import { METRIC_HEADERS, SCHEDULE_HEADERS, SLICE_ROW_HEADERS, scheduleRows, backtestText, changedText, coverageText, exportJson, exportText, headlineFigures, headlineNotes, metricRows, sliceRows, verdictText } from './reactionCells';
import { remediationName } from '../charts/whatIfLabels';

/** The name each what-if is attached to the report under, so its charts find it. */
export function whatIfAttachment(index: number): string {
  return `whatif-${index}`;
}

/**
 * The report's reaction sections, one group per simulated remediation: the verdict on the primary
 * metric with every metric before and after and the primary metric per window; the primary
 * metric per slice; then the assumptions and the parameters to ship.
 */
export function reactionSections(whatifs: readonly WhatIfResult[]): ReportSection[] {
  return whatifs.flatMap((result, i) => whatIfSections(result, whatIfAttachment(i), `reaction-${i + 1}`));
}

function whatIfSections(result: WhatIfResult, attachment: string, id: string): ReportSection[] {
  const name = remediationName(result.remediation);
  const sections: ReportSection[] = [
    {
      id,
      title: `Reaction: ${name}`,
      intro: `Simulated on the logged records, fitted on earlier windows and scored on the next, so every figure is out of sample. ${backtestText(result)}.`,
      body: html`${headline(result)}${table('whatif-metrics', METRIC_HEADERS, metricRows(result))}
<p class="intro">Coverage: ${coverageText(result)} · ${changedText(result)}.</p>`,
      chart: 'whatif.overTime',
      chartResult: attachment,
      emptyChart: 'No scored window has the primary metric defined, so there is nothing to draw over time.',
    },
  ];
  if (result.bySlice.length) {
    sections.push({
      id: `${id}-slices`,
      title: `${name}: change per slice`,
      intro: 'The primary metric with the remediation minus as logged, per value of each slice column, with its interval; a slice whose interval spans 0 shows no clear change.',
      body: table('whatif-slices', SLICE_ROW_HEADERS, sliceRows(result)),
      chart: 'whatif.bySlice',
      chartResult: attachment,
      emptyChart: 'No slice has a difference to draw.',
    });
  }
  if (result.schedule) {
    sections.push({
      id: `${id}-schedule`,
      title: `${name}: schedule replay`,
      intro: `Every policy replayed over the logged history. Label lag assumed: ${result.schedule.labelLagDays} days.`,
      body: table('whatif-schedule', SCHEDULE_HEADERS, scheduleRows(result)),
      chart: 'whatif.schedule',
      chartResult: attachment,
      emptyChart: 'The replay has nothing to draw.',
    });
  }
  sections.push({ id: `${id}-ship`, title: `${name}: assumptions and what to ship`, body: shipBody(result) });
  return sections;
}

function headline(result: WhatIfResult): SafeHtml {
  const verdict = (result.verdict ?? 'none').replace(/ /g, '-');
  return html`<div class="whatif-headline verdict-${verdict}">
<p><strong>Verdict: ${verdictText(result)}</strong> · ${headlineFigures(result)}</p>
${headlineNotes(result).map((n) => html`<p class="whatif-note">${n}</p>`)}
</div>`;
}

function shipBody(result: WhatIfResult): SafeHtml {
  const json = exportJson(result);
  return html`<ul class="guesses">${result.assumptions.map((a) => html`<li>${a}</li>`)}</ul>
<p>${exportText(result)}</p>
${json ? html`<pre class="whatif-export"><code>${json}</code></pre>` : ''}`;
}

function table(className: string, headers: readonly (readonly [string, boolean])[], rows: string[][]): SafeHtml {
  return html`<div class="table-wrap"><table class="${className}">
<thead><tr>${headers.map(([h, num]) => (num ? html`<th class="num">${h}</th>` : html`<th>${h}</th>`))}</tr></thead>
<tbody>${rows.map((cells) => html`<tr>${cells.map((text, i) => (headers[i][1] ? html`<td class="num">${text}</td>` : html`<td>${text}</td>`))}</tr>`)}</tbody>
</table></div>`;
}
