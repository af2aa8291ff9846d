import { applyTheme, buildChart, figureCsv, isChartKey } from '../../core/charts';
import type { FigureSpec } from '../../core/charts';
import type { SightlineResult } from '../../core/protocol';
import { copyText } from '../shared/clipboard';
import { button, fileSlug } from '../shared/dom';
import { plotly } from '../shared/plotly';
import { currentTheme } from '../shared/theme';

const CONFIG = { responsive: true, displaylogo: false, modeBarButtonsToRemove: ['toImage', 'select2d', 'lasso2d'] };

/** One `<figure class="chart" data-chart=KEY>` of the report, drawn from the embedded result. */
export class ReportChart {
  private readonly plot: HTMLElement;
  private readonly status: HTMLElement;

  private constructor(
    private readonly root: HTMLElement,
    private readonly figure: FigureSpec,
    private readonly fileName: string,
  ) {
    this.plot = root.querySelector<HTMLElement>('.chart-plot') ?? root;
    this.status = document.createElement('span');
    this.status.className = 'status';
    this.status.setAttribute('role', 'status');
  }

  static create(root: HTMLElement, result: SightlineResult): ReportChart | undefined {
    const key = root.dataset.chart ?? '';
    if (!isChartKey(key)) throw new Error(`unknown chart "${key}"`);
    const figure = buildChart(key, result);
    if (!figure) return undefined;
    return new ReportChart(root, figure, fileSlug(`${result.pipeline} ${key}`));
  }

  async draw(): Promise<void> {
    this.plot.replaceChildren();
    const themed = applyTheme(this.figure, currentTheme());
    await plotly().newPlot(this.plot, themed.data, themed.layout, { ...CONFIG, ...this.figure.config });
    this.addToolbar();
  }

  async restyle(): Promise<void> {
    const themed = applyTheme(this.figure, currentTheme());
    await plotly().react(this.plot, themed.data, themed.layout, { ...CONFIG, ...this.figure.config });
  }

  private addToolbar(): void {
    const toolbar = this.root.querySelector('.chart-toolbar');
    if (!toolbar) return;
    toolbar.replaceChildren(
      this.status,
      button('Download PNG', () => this.download('png')),
      button('Download SVG', () => this.download('svg')),
      button('Copy data (CSV)', () => this.copyCsv()),
    );
  }

  private async download(format: 'png' | 'svg'): Promise<void> {
    await plotly().downloadImage(this.plot, { format, filename: this.fileName, scale: format === 'png' ? 2 : 1 });
  }

  private async copyCsv(): Promise<void> {
    try {
      await copyText(figureCsv(this.figure));
      this.say('Copied');
    } catch (error) {
      this.say(`Copy failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private say(text: string): void {
    this.status.textContent = text;
    setTimeout(() => {
      if (this.status.textContent === text) this.status.textContent = '';
    }, 2500);
  }
}
