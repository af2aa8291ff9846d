import { buildChart, cellDetail, chartTitle, distributionFigure, formatSpan, type ChartKey } from '../../core/charts';
import type { DistributionComparison, DistributionQuery, ErrorInfo, MonitorAlert, MonitorResult } from '../../core/protocol';
import { alertList } from '../shared/alertList';
import { el } from '../shared/elements';
import type { PanelApi } from '../panel/vscodeApi';
import { alertCell, cellIndex, cellKey, distributionQuery, isLabelAlert, parseCell, sameQuery, type Cell } from './cellSelection';
import { chartName, FigureChart } from './figureChart';
import { dashboardHeader } from './header';
import { BUCKET_MS } from '../../core/protocol';

const OUTLINE = '#1f6feb';

/**
 * A pipeline's monitoring: the alerts (selecting one selects its cell), the heat map of scores
 * (a click selects a cell), the selected cell's distribution against the reference, fetched
 * from the host, and performance with label coverage.
 */
export class MonitorView {
  readonly root = el('div', { className: 'dashboard' });
  readonly banner = el('div', { className: 'banner-slot' });
  private readonly charts: FigureChart[] = [];
  private readonly heatmap: FigureChart | undefined;
  private readonly selection = el('div', { className: 'selection' });
  private overlay: FigureChart | undefined;
  private pending: DistributionQuery | undefined;
  private forceLight = false;

  constructor(
    readonly result: MonitorResult,
    private readonly api: PanelApi,
  ) {
    this.root.append(dashboardHeader(result.pipeline, monitorFacts(result), api, result.source, () => JSON.stringify(result, null, 2)), this.banner);
    this.root.append(card('alerts', 'Alerts', 'Worst first. Select one to see its cell in the heat map and its distribution against the reference.', alertList(result.alerts, (alert) => this.selectAlert(alert))));
    this.heatmap = this.addChart('monitor.heatmap');
    this.root.append(
      card('scores', chartTitle('monitor.heatmap'), 'Each cell is the worst score of the column\'s figures in the window (warn at 4, alert at 6); reference windows included. Click a cell to select it.', this.chartOrNote(this.heatmap, 'No stage has an event-time column, so there are no windows to score.')),
    );
    this.selection.append(el('p', { className: 'note', text: 'Select an alert or a heat-map cell.' }));
    this.root.append(card('selection', 'Selected cell against the reference', undefined, this.selection));
    const performance = this.addChart('monitor.performance');
    this.root.append(card('performance', chartTitle('monitor.performance'), 'The main metric per window with its interval, estimates where labels are too few, label coverage and the alerts\' onsets.', this.chartOrNote(performance, performanceNote(result))));
    const notes = [...(result.notes ?? []), ...result.stages.flatMap((s) => s.notes.map((n) => `${s.stage}: ${n}`))];
    if (notes.length) this.root.append(card('notes', 'Notes', undefined, el('ul', { className: 'guesses' }, ...notes.map((n) => el('li', { text: n })))));
    this.heatmap?.onClick((point) => {
      const cell = parseCell(point.customdata);
      if (cell) void this.select(cell);
    });
  }

  async draw(forceLight: boolean): Promise<void> {
    this.forceLight = forceLight;
    await Promise.all([...this.charts, ...(this.overlay ? [this.overlay] : [])].map((chart) => chart.draw(forceLight)));
  }

  chart(key: string | undefined): FigureChart | undefined {
    return this.charts.find((c) => c.key === key) ?? (key === 'distribution' ? this.overlay : undefined) ?? this.charts[0];
  }

  /** Selects the alert with this id (from the tree or the host); false when it is not in the result. */
  selectAlertById(id: string): boolean {
    const alert = this.result.alerts.find((a) => a.id === id);
    if (alert) this.selectAlert(alert);
    return !!alert;
  }

  selectAlert(alert: MonitorAlert): void {
    for (const button of this.root.querySelectorAll<HTMLElement>('[data-alert-id]')) button.classList.toggle('selected', button.dataset.alertId === alert.id);
    void this.select(alertCell(alert), alert);
  }

  /** Outlines the cell, names its figures and asks the host for its distribution. */
  async select(cell: Cell, alert?: MonitorAlert): Promise<void> {
    document.body.dataset.selected = cellKey(cell);
    const index = this.heatmap && cellIndex(this.heatmap.figure, cell);
    if (this.heatmap) {
      // The x axis is a date axis (cells centred on their window's start): shape x is in epoch ms there.
      const half = BUCKET_MS[this.result.bucket] / 2;
      this.heatmap.outline(index ? [{ type: 'rect', xref: 'x', yref: 'y', x0: cell.start - half, x1: cell.start + half, y0: index.row - 0.5, y1: index.row + 0.5, line: { color: OUTLINE, width: 3 } }] : []);
      await this.heatmap.draw(this.forceLight);
    }
    const detail = cellDetail(this.result, cell.stage, cell.column, cell.start) ?? alert?.evidence ?? `${cell.stage} · ${cell.column}: no figures for that window.`;
    const heading = el('p', { className: 'cell-detail', text: detail });
    heading.setAttribute('role', 'status');
    const parts: HTMLElement[] = [heading];
    if (alert?.subpopulation) parts.push(el('p', { className: 'intro', text: `Concentrated in ${alert.subpopulation.description}` }));
    const query = alert && isLabelAlert(alert) ? undefined : distributionQuery(this.result, cell);
    this.overlay = undefined;
    this.pending = query;
    if (!query) {
      delete document.body.dataset.distribution;
      parts.push(el('p', { className: 'note', text: noDistribution(cell, alert) }));
    } else {
      document.body.dataset.distribution = 'loading';
      parts.push(el('p', { className: 'note', text: 'Loading the distribution…' }));
      this.api.postMessage({ type: 'requestDistribution', ...query });
    }
    this.selection.replaceChildren(...parts);
  }

  async showDistribution(query: DistributionQuery, distribution: DistributionComparison): Promise<void> {
    if (!sameQuery(this.pending, query)) return;
    const chart = new FigureChart('distribution', distributionFigure(distribution), chartName(this.result.pipeline, `x.${distribution.stage}-${distribution.column}`), this.api);
    this.overlay = chart;
    const caption = el('p', { className: 'intro', text: `Shares of rows per bin: the reference (${formatSpan(distribution.reference)}, ${distribution.reference.rows.toLocaleString('en-US')} rows) beside the window (${distribution.current.rows.toLocaleString('en-US')} rows), on the reference's bins.` });
    this.selection.replaceChildren(this.selection.firstElementChild ?? el('span'), caption, chart.element('Distribution against the reference'));
    await chart.draw(this.forceLight);
    document.body.dataset.distribution = 'ready';
  }

  distributionFailed(query: DistributionQuery, error: ErrorInfo): void {
    if (!sameQuery(this.pending, query)) return;
    document.body.dataset.distribution = 'failed';
    const message = el('p', { className: 'banner error', text: `Could not compute the distribution: ${error.message}${error.hint ? ` ${error.hint}` : ''}` });
    this.selection.replaceChildren(this.selection.firstElementChild ?? el('span'), message);
  }

  private addChart(key: ChartKey): FigureChart | undefined {
    const figure = buildChart(key, this.result);
    if (!figure) return undefined;
    const chart = new FigureChart(key, figure, chartName(this.result.pipeline, key), this.api);
    this.charts.push(chart);
    return chart;
  }

  private chartOrNote(chart: FigureChart | undefined, note: string): HTMLElement {
    if (!chart) return el('p', { className: 'note', text: note });
    return chart.element(chartTitle(chart.key as ChartKey));
  }
}

function noDistribution(cell: Cell, alert: MonitorAlert | undefined): string {
  if (alert && isLabelAlert(alert)) return 'A label alert is about when labels arrive, not about a column\'s values: see label coverage in the performance chart below.';
  return cell.column === '*' ? 'A volume cell counts rows; it has no column distribution to compare.' : 'Nothing to compare.';
}

function card(id: string, title: string, intro: string | undefined, ...body: HTMLElement[]): HTMLElement {
  const section = el('section', { className: 'card' }, el('h2', { text: title }));
  section.id = id;
  if (intro) section.append(el('p', { className: 'intro', text: intro }));
  section.append(...body);
  return section;
}

function monitorFacts(result: MonitorResult): string[] {
  const alerts = result.alerts.filter((a) => a.severity === 'alert').length;
  const warnings = result.alerts.length - alerts;
  const reference = result.reference.source === 'range' ? 'the manifest\'s reference' : `the first ${result.reference.windows ?? ''} windows`;
  return [
    `${result.windows.length} ${result.bucket === 'day' ? 'days' : `${result.bucket}s`}`,
    `reference: ${reference}, ${formatSpan(result.reference)}`,
    `${alerts} ${alerts === 1 ? 'alert' : 'alerts'} · ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`,
    ...(result.performance ? [`performance: ${result.performance.windows.length} windows`] : []),
  ];
}

function performanceNote(result: MonitorResult): string {
  const why = result.notes?.find((n) => /perform|label|prediction/i.test(n));
  return why ?? 'No performance: the pipeline names no predictions and labels, or the dashboard monitored data quality only.';
}
