import { formatInstant, formatOnset, formatStatistic } from '../../core/charts';
import type { MonitorAlert } from '../../core/protocol';
import type { AlertNode, AlertsNode, AlertsState } from './explorerNodes';
import { alertsResultOf } from './explorerNodes';
import type { ItemView } from './explorerItems';
import { escapeMarkdown, plural } from './explorerItems';

/** The Alerts item: how many alerts and warnings the latest monitoring raised, or where it stands. */
export function alertsView(node: AlertsNode, state: AlertsState): ItemView {
  const opens = { command: 'sightline.monitorPipeline', arguments: [{ target: node.target }] };
  const result = alertsResultOf(state);
  const base = { label: 'Alerts', contextValue: 'alerts', runs: opens };
  if (state.status === 'error') {
    return { ...base, description: 'monitoring failed', tooltip: [escapeMarkdown(state.error.message), ...(state.error.hint ? [escapeMarkdown(state.error.hint)] : [])].join('\n\n'), collapsible: 'none', icon: 'error' };
  }
  if (!result) return { ...base, description: state.status === 'loading' ? 'monitoring…' : 'not monitored yet', collapsible: 'none', icon: state.status === 'loading' ? 'loading~spin' : 'bell' };
  const text = alertCountText(result.alerts);
  const updating = state.status === 'loading' ? ' (updating…)' : '';
  return {
    ...base,
    description: `${text}${updating}`,
    tooltip: `Data-quality monitoring of ${result.windows.length} windows (${result.bucket}s): ${text}.\n\nClick to open the monitoring dashboard.`,
    collapsible: result.alerts.length ? 'expanded' : 'none',
    icon: state.status === 'loading' ? 'loading~spin' : result.alerts.some((a) => a.severity === 'alert') ? 'bell-dot' : 'bell',
  };
}

/** "features.dep_hour · drift · since 2001-04-15", with a severity icon; a click opens the dashboard at it. */
export function alertView(node: AlertNode): ItemView {
  const { alert } = node;
  const lines = [
    `**${escapeMarkdown(alertLabel(alert))}**`,
    `${alert.severity} · score ${formatStatistic(alert.score)} · ${plural(alert.windows, 'window')} (${formatOnset(alert.onset, alert.last)})`,
    escapeMarkdown(alert.evidence),
    ...(alert.subpopulation ? [`Concentrated in ${escapeMarkdown(alert.subpopulation.description)}`] : []),
  ];
  return {
    label: alertLabel(alert),
    description: `score ${formatStatistic(alert.score)}`,
    tooltip: lines.join('\n\n'),
    contextValue: 'alert',
    collapsible: 'none',
    icon: alert.severity === 'alert' ? 'error' : 'warning',
    runs: { command: 'sightline.monitorPipeline', arguments: [{ target: node.target, alert: alert.id }] },
  };
}

export function alertLabel(alert: MonitorAlert): string {
  const where = alert.column === '*' ? alert.stage : `${alert.stage}.${alert.column}`;
  return `${where} · ${alert.kind} · since ${formatInstant(alert.onset)}`;
}

/** "3 alerts · 2 warnings", "1 warning", or "none". */
export function alertCountText(alerts: MonitorAlert[]): string {
  const severe = alerts.filter((a) => a.severity === 'alert').length;
  const warnings = alerts.length - severe;
  const parts = [...(severe ? [plural(severe, 'alert')] : []), ...(warnings ? [plural(warnings, 'warning')] : [])];
  return parts.join(' · ') || 'none';
}
