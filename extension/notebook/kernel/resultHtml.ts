import { formatCount, formatDuration, formatPercent, formatSpan } from '../../../core/charts/format';
import { html, SafeHtml } from '../../../core/report/html';
import type { InspectResult, SightlineResult, StageSummary } from '../../../core/protocol';
import { inspectOf } from '../../../core/protocol/inspectOf';
import { monitorHtml } from './monitorHtml';
import { driftHtml } from './driftHtml';
import { slicesHtml } from './slicesHtml';
import { sliceDiffHtml } from './sliceDiffHtml';
import { traceHtml } from './traceHtml';
import { lineageHtml } from './lineageHtml';
import { whatIfHtml } from './whatIfHtml';

const CELL = 'style="text-align:left;padding:3px 10px;border-bottom:1px solid rgba(128,128,128,0.35)"';
const NUM = 'style="text-align:right;padding:3px 10px;border-bottom:1px solid rgba(128,128,128,0.35);font-variant-numeric:tabular-nums"';

/**
 * The static fallback saved next to a result: a summary table with inline styles and no
 * scripts, so the notebook still reads on GitHub or in plain Jupyter, where the Sightline
 * renderer is not installed. Every value is escaped by `html`.
 */
export function resultHtml(result: SightlineResult): string {
  if (result.kind === 'monitor') return monitorHtml(result);
  if (result.kind === 'drift') return driftHtml(result);
  if (result.kind === 'slices') return slicesHtml(result);
  if (result.kind === 'slice-diff') return sliceDiffHtml(result);
  if (result.kind === 'trace') return traceHtml(result);
  if (result.kind === 'lineage') return lineageHtml(result);
  if (result.kind === 'whatif') return whatIfHtml(result);
  const inspect = inspectOf(result);
  if (!inspect) return html`<p class="sightline-result">Sightline ${result.kind} result.</p>`.value;
  const title = result.kind === 'overview' ? 'Sightline overview' : 'Sightline inspect';
  const rows = inspect.stages.reduce((sum, s) => sum + s.rows, 0);
  const bucket = result.kind === 'overview' ? html` · volume per ${result.bucket}` : '';
  return html`<div class="sightline-result" style="font-family:system-ui,sans-serif;font-size:13px">
<p style="margin:0 0 6px"><strong>${title}: ${result.pipeline}</strong> · ${formatCount(inspect.stages.length)} stages · ${formatCount(rows)} rows${bucket}</p>
${stageTable(inspect)}
${diagnosticsLine(inspect)}
<p style="margin:6px 0 0;opacity:0.7">Charts draw where the Sightline extension is installed. Source: <code>${inspect.source}</code></p>
</div>`.value;
}

function stageTable(inspect: InspectResult): SafeHtml {
  const head = ['Stage', 'Rows', 'Columns', 'Time span (UTC)', 'Label coverage', 'Label lag p50'];
  return html`<table style="border-collapse:collapse">
<thead><tr>${head.map((h, i) => html`<th ${raw(i === 0 || i === 3 ? CELL : NUM)}>${h}</th>`)}</tr></thead>
<tbody>${inspect.stages.map(stageRow)}</tbody>
</table>`;
}

function stageRow(stage: StageSummary): SafeHtml {
  const labels = stage.labels;
  return html`<tr><td ${raw(CELL)}>${stage.name}</td><td ${raw(NUM)}>${formatCount(stage.rows)}</td><td ${raw(NUM)}>${formatCount(stage.columns.length)}</td><td ${raw(CELL)}>${stage.timeSpan ? formatSpan(stage.timeSpan) : '–'}</td><td ${raw(NUM)}>${labels ? formatPercent(labels.coverage) : '–'}</td><td ${raw(NUM)}>${labels?.lagMs ? formatDuration(labels.lagMs.p50) : '–'}</td></tr>`;
}

function diagnosticsLine(inspect: InspectResult): SafeHtml | string {
  if (!inspect.diagnostics.length) return '';
  const first = inspect.diagnostics[0];
  const more = inspect.diagnostics.length > 1 ? ` (and ${inspect.diagnostics.length - 1} more)` : '';
  return html`<p style="margin:6px 0 0">${first.severity}: ${first.message}${more}</p>`;
}

/** Our own constant style attributes, never data. */
function raw(attributes: string): SafeHtml {
  return new SafeHtml(attributes);
}
