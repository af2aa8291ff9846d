import { chartTitle, type ChartKey } from '../../core/charts';
import type { OverviewResult } from '../../core/protocol';
import { overviewReport } from '../../core/report/overviewReport';
import { button } from '../shared/dom';
import { diagnosticsList } from './diagnosticsList';
import { el, fileLink } from '../shared/elements';
import { PanelChart } from './panelChart';
import { stageTable } from '../shared/stageTable';
import type { PanelApi } from './vscodeApi';

/**
 * The drawn overview: header with key facts, the stage table and the charts. Section titles
 * and intros come from the HTML report's definition, so the panel and the report read alike.
 */
export class OverviewView {
  readonly root = el('div', { className: 'overview' });
  readonly banner = el('div', { className: 'banner-slot' });
  private readonly charts: PanelChart[] = [];

  constructor(
    readonly result: OverviewResult,
    private readonly api: PanelApi,
  ) {
    const document = overviewReport(result);
    const openFile = (path: string, line?: number) => api.postMessage({ type: 'openFile', path, line });
    const header = el(
      'header',
      {},
      el('div', { className: 'title-row' }, el('h1', { text: result.pipeline }), el('div', { className: 'actions' }, button('Refresh', () => api.postMessage({ type: 'rerun' })), button('Copy JSON', () => this.copyJson()))),
      el('p', { className: 'meta' }, fileLink(result.inspect.source, () => openFile(result.inspect.source))),
      el('ul', { className: 'facts' }, ...(document.facts ?? []).map((fact) => el('li', { text: fact }))),
    );
    this.root.append(header, this.banner);
    for (const section of document.sections) {
      const element = el('section', { className: 'card' }, el('h2', { text: section.title }));
      element.id = section.id;
      if (section.intro) element.append(el('p', { className: 'intro', text: section.intro }));
      if (section.id === 'pipeline') element.append(stageTable(result.inspect));
      else if (section.id === 'diagnostics') element.append(diagnosticsList(result.inspect.diagnostics, openFile));
      else if (section.chart) element.append(this.chartFigure(section.chart, section.emptyChart));
      this.root.append(element);
    }
  }

  async draw(forceLight: boolean): Promise<void> {
    await Promise.all(this.charts.map((chart) => chart.draw(forceLight)));
  }

  chart(key: string | undefined): PanelChart | undefined {
    return this.charts.find((c) => c.key === key) ?? this.charts[0];
  }

  private chartFigure(key: ChartKey, empty: string | undefined): HTMLElement {
    const chart = PanelChart.create(key, this.result, this.api);
    if (!chart) return el('p', { className: 'note', text: empty ?? 'Nothing to draw.' });
    this.charts.push(chart);
    const figure = el('figure', { className: 'chart' }, el('div', { className: 'chart-toolbar' }, ...chart.toolbar()), chart.plot);
    figure.dataset.chart = key;
    figure.setAttribute('aria-label', chartTitle(key));
    return figure;
  }

  private copyJson(): void {
    this.api.postMessage({ type: 'copy', format: 'json', text: JSON.stringify(this.result, null, 2) });
  }
}
