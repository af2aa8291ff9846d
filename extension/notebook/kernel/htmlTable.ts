import { html } from '../../../core/report/html';
import type { SafeHtml } from '../../../core/report/html';
import { CELL, NUM, TABLE } from './fallbackStyle';

/** A table of text cells with inline styles; `headers` say which columns are numbers. */
export function htmlTable(headers: readonly (readonly [string, boolean])[], rows: string[][], strong: (row: number) => boolean = () => false): SafeHtml {
  return html`<table ${TABLE}>
<thead><tr>${headers.map(([h, num]) => html`<th ${num ? NUM : CELL}>${h}</th>`)}</tr></thead>
<tbody>${rows.map((cells, r) => html`<tr>${cells.map((text, i) => (i === 1 && strong(r) ? html`<td ${headers[i][1] ? NUM : CELL}><strong>${text}</strong></td>` : html`<td ${headers[i][1] ? NUM : CELL}>${text}</td>`))}</tr>`)}</tbody>
</table>`;
}
