import { formatOnset } from '../../core/charts/format';
import type { MonitorAlert } from '../../core/protocol';
import { el } from './elements';

/**
 * Monitoring alerts, worst first: severity, kind, where (stage.column), the slice where the
 * change concentrates when known, since when and the evidence. With `onSelect`, each alert is
 * a button (focusable, Enter/Space select it), so a surface can jump to the alert's cell.
 */
export function alertList(alerts: MonitorAlert[], onSelect?: (alert: MonitorAlert) => void): HTMLElement {
  const list = el('ul', { className: 'sl-alerts' });
  list.setAttribute('aria-label', 'Monitoring alerts');
  if (!alerts.length) {
    list.append(el('li', { className: 'sl-alert sl-alert-none', text: 'No alerts or warnings: every window stayed within its thresholds.' }));
    return list;
  }
  for (const alert of sortAlerts(alerts)) list.append(el('li', { className: 'sl-alert' }, alertBody(alert, onSelect)));
  return list;
}

/** Alerts before warnings, then by onset, then by score: the order a person triages them. */
export function sortAlerts(alerts: readonly MonitorAlert[]): MonitorAlert[] {
  return [...alerts].sort((a, b) => severityRank(b) - severityRank(a) || a.onset - b.onset || b.score - a.score);
}

function severityRank(alert: MonitorAlert): number {
  return alert.severity === 'alert' ? 2 : 1;
}

function alertBody(alert: MonitorAlert, onSelect?: (alert: MonitorAlert) => void): HTMLElement {
  const where = alert.column === '*' ? alert.stage : `${alert.stage}.${alert.column}`;
  const windows = `${alert.windows} ${alert.windows === 1 ? 'window' : 'windows'}`;
  const children: HTMLElement[] = [
    el('span', { className: `sl-sev sl-sev-${alert.severity}`, text: alert.severity }),
    el('span', { className: 'sl-kind', text: alert.kind }),
    el('code', { className: 'sl-where', text: where }),
    el('span', { className: 'sl-when', text: `${formatOnset(alert.onset, alert.last)} · ${windows} · score ${alert.score.toFixed(1)}` }),
    el('span', { className: 'sl-evidence', text: alert.evidence }),
  ];
  if (alert.subpopulation) children.push(el('span', { className: 'sl-slice', text: `Concentrated in ${alert.subpopulation.description}` }));
  if (!onSelect) return el('div', { className: 'sl-alert-body' }, ...children);
  const select = el('button', { className: 'sl-alert-body', title: `Show ${where} from ${formatOnset(alert.onset, alert.last)}` }, ...children);
  select.type = 'button';
  select.dataset.alertId = alert.id;
  select.addEventListener('click', () => onSelect(alert));
  return select;
}
