import { formatCount } from '../charts';
import type { Diagnostic } from '../protocol';
import { html } from './html';
import type { SafeHtml } from './html';

/** What loading reported: skipped rows, bad values, guesses; located and with a hint. */
export function diagnosticsTable(diagnostics: Diagnostic[]): SafeHtml {
  return html`<div class="table-wrap"><table class="diagnostics">
<thead><tr><th>Severity</th><th>Problem</th><th>Where</th><th>What to do</th></tr></thead>
<tbody>${diagnostics.map(row)}</tbody>
</table></div>`;
}

function row(d: Diagnostic): SafeHtml {
  const count = d.count && d.count > 1 ? ` (${formatCount(d.count)} times)` : '';
  return html`<tr>
<td><span class="sev sev-${d.severity}">${d.severity}</span></td>
<td>${d.message}${count}<span class="sub"><code>${d.code}</code></span></td>
<td>${location(d)}</td>
<td>${d.hint ?? ''}</td>
</tr>`;
}

function location(d: Diagnostic): SafeHtml {
  const file = d.file ? (d.line ? `${d.file}:${d.line}` : d.file) : '';
  return html`${file ? html`<code>${file}</code>` : ''}${d.column ? html`<span class="sub">column ${d.column}</span>` : ''}`;
}
