import { html } from '../../../core/report/html';
import { DIFF_HEADERS, diffCells, sliceDiffSummary } from '../../../core/report/sliceCells';
import type { DiffSlice, SliceDiffResult } from '../../../core/protocol';
import { BOX, LINE, NOTE } from './fallbackStyle';
import { htmlTable } from './htmlTable';

/** A slice-diff result without the renderer: the slices whose share grew, then those that shrank. */
export function sliceDiffHtml(result: SliceDiffResult): string {
  const table = (title: string, slices: DiffSlice[]) =>
    slices.length ? html`<p ${LINE}>${title}</p>${htmlTable(DIFF_HEADERS, slices.map(diffCells))}` : html`<p ${LINE}>${title}: none.</p>`;
  return html`<div class="sightline-result" ${BOX}>
<p ${LINE}><strong>Sightline what moved: ${result.pipeline}</strong> · ${sliceDiffSummary(result)}</p>
${table('Grown (share of the current data up most)', result.grown)}
${table('Shrunk (share down most)', result.shrunk)}
<p ${NOTE}>Source: <code>${result.source}</code></p>
</div>`.value;
}
