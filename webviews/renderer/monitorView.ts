import { cellDetail } from '../../core/charts';
import type { MonitorAlert, MonitorResult } from '../../core/protocol';
import { alertList, sortAlerts } from '../shared/alertList';
import { button } from '../shared/dom';
import { el } from '../shared/elements';
import type { ChartFrame } from './chartFrame';
import { onPlotClick } from './plotly';

/** Makes (and draws) a chart frame for a figure, or nothing when the result has no such chart. */
export type AddChart = (key: 'monitor.heatmap' | 'monitor.performance') => Promise<ChartFrame | undefined>;

/**
 * A monitor result: the alerts (selecting one names its heat-map cell), the heat map (a click
 * names the cell's figures) and the performance series. Stage notes close the output.
 */
export async function monitorView(result: MonitorResult, root: HTMLElement, addChart: AddChart): Promise<void> {
  const detail = el('p', { className: 'sl-cell-detail', text: 'Select an alert or a heat-map cell to see its figures.' });
  detail.setAttribute('role', 'status');
  const show = (stage: string, column: string, start: number) => {
    detail.textContent = cellDetail(result, stage, column, start) ?? `${stage} · ${column}: no figures for that window.`;
  };
  const onAlert = (alert: MonitorAlert) => {
    detail.textContent = `${alert.severity} ${alert.kind}: ${cellDetail(result, alert.stage, alert.column, alert.onset) ?? alert.evidence}`;
  };
  root.append(el('h4', { text: 'Alerts' }), alertsSection(result.alerts, onAlert));
  const heatmap = await addChart('monitor.heatmap');
  if (heatmap) {
    heatmap.element.append(detail);
    onPlotClick(heatmap.plot, (point) => {
      const cell = parseCell(point.customdata);
      if (cell) show(...cell);
    });
  }
  await addChart('monitor.performance');
  const notes = [...(result.notes ?? []), ...result.stages.flatMap((s) => s.notes.map((n) => `${s.stage}: ${n}`))];
  if (notes.length) root.append(el('ul', { className: 'guesses' }, ...notes.map((n) => el('li', { text: n }))));
}

// A long list would push the charts far down the notebook; the rest is one click away.
const FIRST_ALERTS = 6;

function alertsSection(alerts: MonitorAlert[], onSelect: (alert: MonitorAlert) => void): HTMLElement {
  if (alerts.length <= FIRST_ALERTS) return alertList(alerts, onSelect);
  const section = el('div', { className: 'sl-alert-section' });
  const more = button(`Show all ${alerts.length} alerts and warnings`, () => section.replaceChildren(alertList(alerts, onSelect)));
  section.append(alertList(sortAlerts(alerts).slice(0, FIRST_ALERTS), onSelect), more);
  return section;
}

function parseCell(data: unknown): [string, string, number] | undefined {
  if (!Array.isArray(data) || data.length !== 3) return undefined;
  const [stage, column, start] = data as unknown[];
  return typeof stage === 'string' && typeof column === 'string' && typeof start === 'number' ? [stage, column, start] : undefined;
}
