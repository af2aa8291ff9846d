import { applyTheme, buildChart, figureCsv, type ChartKey, type FigureSpec } from '../../core/charts';
import type { OverviewResult } from '../../core/protocol';
import { button, fileSlug } from '../shared/dom';
import { plotly } from '../shared/plotly';
import type { PanelApi } from './vscodeApi';
import { chartImage } from './plotlyImage';
import { panelTheme } from './panelTheme';

const CONFIG = { responsive: true, displaylogo: false, modeBarButtonsToRemove: ['toImage', 'select2d', 'lasso2d'] };

/** One chart of the panel: drawn from the result, redrawn on theme change, exported via the host. */
export class PanelChart {
  readonly plot = document.createElement('div');

  constructor(
    readonly key: ChartKey,
    private readonly figure: FigureSpec,
    private readonly name: string,
    private readonly api: PanelApi,
  ) {
    this.plot.className = 'chart-plot';
  }

  static create(key: ChartKey, result: OverviewResult, api: PanelApi): PanelChart | undefined {
    const figure = buildChart(key, result);
    return figure && new PanelChart(key, figure, fileSlug(`${result.pipeline} ${key.replace(/^overview\./, '')}`), api);
  }

  toolbar(): HTMLElement[] {
    return [
      button('Save PNG', () => this.exportImage('png')),
      button('Save SVG', () => this.exportImage('svg')),
      button('Copy CSV', () => this.api.postMessage({ type: 'copy', format: 'csv', text: this.csv() })),
    ];
  }

  async draw(forceLight: boolean): Promise<void> {
    const themed = applyTheme(this.figure, panelTheme(forceLight));
    await plotly().react(this.plot, themed.data, themed.layout, { ...CONFIG, ...this.figure.config });
  }

  csv(): string {
    return figureCsv(this.figure);
  }

  async exportImage(format: 'png' | 'svg'): Promise<void> {
    const data = await chartImage(this.plot, format);
    this.api.postMessage({ type: 'saveImage', format, data, suggestedName: this.name });
  }
}
