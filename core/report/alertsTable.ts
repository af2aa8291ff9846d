import { bucketLabel } from '../charts';
import type { MonitorAlert, MonitorResult } from '../protocol';
import { html } from './html';
import type { SafeHtml } from './html';

/** The monitor's alerts, worst first: what, where, since when, how sure and the evidence. */
export function alertsTable(monitor: MonitorResult): SafeHtml {
  const alerts = [...monitor.alerts].sort((a, b) => rank(b) - rank(a) || a.onset - b.onset);
  return html`<div class="table-wrap"><table class="alerts">
<thead><tr><th>Severity</th><th>Kind</th><th>Where</th><th>Since</th><th>Score</th><th>Evidence</th></tr></thead>
<tbody>${alerts.map((a) => row(a, monitor.bucket))}</tbody>
</table></div>`;
}

function row(a: MonitorAlert, bucket: MonitorResult['bucket']): SafeHtml {
  const until = a.last === a.onset ? '' : ` to ${bucketLabel(a.last, bucket)}`;
  return html`<tr>
<td><span class="sev sev-${a.severity === 'alert' ? 'error' : 'warning'}">${a.severity}</span></td>
<td>${a.kind}</td>
<td><code>${a.stage}.${a.column}</code></td>
<td>${bucketLabel(a.onset, bucket)}${until}<span class="sub">${a.windows} ${a.windows === 1 ? 'window' : 'windows'}</span></td>
<td>${a.score.toFixed(1)}</td>
<td>${a.evidence}</td>
</tr>`;
}

function rank(a: MonitorAlert): number {
  return a.severity === 'alert' ? 2 : 1;
}
