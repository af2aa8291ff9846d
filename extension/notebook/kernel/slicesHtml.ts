import { html } from '../../../core/report/html';
import { SLICE_HEADERS, sliceCells, slicesSummary } from '../../../core/report/sliceCells';
import type { SlicesResult } from '../../../core/protocol';
import { BOX, LINE, NOTE } from './fallbackStyle';
import { htmlTable } from './htmlTable';

/** A slices result without the renderer: the ranked slices (significant ones in bold), the small ones, the features. */
export function slicesHtml(result: SlicesResult): string {
  const ranked = result.slices.length
    ? htmlTable(SLICE_HEADERS, result.slices.map((s, i) => sliceCells(s, i + 1)), (r) => result.slices[r].adjustedPValue < 0.05)
    : html`<p ${LINE}>No slice scores above 0: no group is worse enough than the rest for its size.</p>`;
  const small = result.significantSmall.length
    ? html`<p ${LINE}>Small but significantly worse, outside the top ${result.options.k}:</p>${htmlTable(SLICE_HEADERS, result.significantSmall.map((s, i) => sliceCells(s, i + 1)))}`
    : '';
  return html`<div class="sightline-result" ${BOX}>
<p ${LINE}><strong>Sightline slices: ${result.pipeline}</strong> · ${slicesSummary(result)}</p>
${ranked}
${small}
<p ${LINE}>Features: ${result.features.map((f) => `${f.name} (${f.binning})`).join('; ')}</p>
<p ${NOTE}>Charts draw where the Sightline extension is installed. Source: <code>${result.source}</code></p>
</div>`.value;
}
