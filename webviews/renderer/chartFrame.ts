import { chartTitle, figureCsv, isChartKey } from '../../core/charts';
import type { FigureSpec } from '../../core/charts';
import { copyText } from '../shared/clipboard';
import { button, fileSlug } from '../shared/dom';
import { Plotly } from './plotly';
import { exportFigure, notebookFigure, notebookTheme } from './notebookTheme';

const CONFIG = { responsive: true, displaylogo: false, modeBarButtonsToRemove: ['toImage', 'select2d', 'lasso2d'] };

/** The image the host saves for "Save PNG/SVG"; absent where no host listens. */
export type SaveImage = (format: 'png' | 'svg', data: string, suggestedName: string) => void;

/**
 * One chart of an output: caption with its actions (save as image through the host, copy the
 * data as CSV), the plot, and a redraw in the current theme on demand.
 */
export class ChartFrame {
  readonly element = document.createElement('figure');
  readonly plot = document.createElement('div');
  private readonly status = document.createElement('span');

  /** `key` is a chart registry key, or a view's own figure name with its `titleText`. */
  constructor(
    readonly key: string,
    readonly figure: FigureSpec,
    private readonly name: string,
    private readonly save?: SaveImage,
    titleText?: string,
  ) {
    const caption = document.createElement('figcaption');
    const title = document.createElement('span');
    title.textContent = titleText ?? (isChartKey(key) ? chartTitle(key) : key);
    this.status.className = 'status';
    this.status.setAttribute('role', 'status');
    caption.append(title, this.status);
    if (save) caption.append(button('Save PNG', () => this.saveImage('png')), button('Save SVG', () => this.saveImage('svg')));
    caption.append(button('Copy CSV', () => this.copyCsv()));
    this.plot.className = 'plot';
    this.element.dataset.chart = key;
    this.element.append(caption, this.plot);
  }

  async draw(): Promise<void> {
    const themed = notebookFigure(this.figure, notebookTheme());
    await Plotly.newPlot(this.plot, themed.data, themed.layout, { ...CONFIG, ...this.figure.config });
  }

  async restyle(): Promise<void> {
    const themed = notebookFigure(this.figure, notebookTheme());
    await Plotly.react(this.plot, themed.data, themed.layout, { ...CONFIG, ...this.figure.config });
  }

  dispose(): void {
    Plotly.purge(this.plot);
  }

  private async saveImage(format: 'png' | 'svg'): Promise<void> {
    if (!this.save) return;
    this.status.textContent = 'Preparing…';
    try {
      const width = Math.max(600, this.plot.clientWidth || 900);
      const height = this.figure.layout.height ?? 400;
      const data = await Plotly.toImage(exportFigure(this.figure, notebookTheme()), { format, width, height, scale: format === 'png' ? 2 : 1 });
      this.save(format, data, fileSlug(`${this.name} ${this.key}`));
      this.status.textContent = '';
    } catch (error) {
      this.status.textContent = `Could not make the image: ${message(error)}`;
    }
  }

  private async copyCsv(): Promise<void> {
    try {
      await copyText(figureCsv(this.figure));
      this.status.textContent = 'Copied CSV';
    } catch (error) {
      this.status.textContent = `Could not copy: ${message(error)}`;
    }
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
