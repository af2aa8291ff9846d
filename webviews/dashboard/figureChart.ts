import { applyTheme, figureCsv, type FigureSpec, type Layout } from '../../core/charts';
import { button, fileSlug } from '../shared/dom';
import { plotly } from '../shared/plotly';
import { chartImage } from '../panel/plotlyImage';
import { panelTheme } from '../panel/panelTheme';
import type { PanelApi } from '../panel/vscodeApi';

const CONFIG = { responsive: true, displaylogo: false, modeBarButtonsToRemove: ['toImage', 'select2d', 'lasso2d'] };

/** A plotly shape drawn over the chart (the selected heat-map cell's outline). */
export interface Outline {
  type: 'rect';
  xref: 'x';
  yref: 'y';
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  line: { color: string; width: number };
}

/** A clicked point; heat-map cells carry their customdata entry. */
export interface ClickedPoint {
  customdata?: unknown;
}

type ClickableGraph = HTMLElement & { on?(event: 'plotly_click', handler: (event: { points?: ClickedPoint[] }) => void): void };

/**
 * One chart of the dashboard: a figure drawn in the panel's theme, redrawn on theme change,
 * with Save PNG / Save SVG (written by the host) and Copy CSV of the data behind it.
 */
export class FigureChart {
  readonly plot = document.createElement('div');
  private outlines: Outline[] = [];
  private clickListener: ((point: ClickedPoint) => void) | undefined;
  private listening = false;

  constructor(
    readonly key: string,
    readonly figure: FigureSpec,
    private readonly name: string,
    private readonly api: PanelApi,
  ) {
    this.plot.className = 'chart-plot';
  }

  /** A figure with its toolbar, ready to insert; `key` names it for tests and the export command. */
  element(title: string): HTMLElement {
    const figure = document.createElement('figure');
    figure.className = 'chart';
    figure.dataset.chart = this.key;
    figure.setAttribute('aria-label', title);
    const toolbar = document.createElement('div');
    toolbar.className = 'chart-toolbar';
    toolbar.append(
      button('Save PNG', () => this.exportImage('png')),
      button('Save SVG', () => this.exportImage('svg')),
      button('Copy CSV', () => this.api.postMessage({ type: 'copy', format: 'csv', text: this.csv() })),
    );
    figure.append(toolbar, this.plot);
    return figure;
  }

  async draw(forceLight: boolean): Promise<void> {
    const themed = applyTheme(this.figure, panelTheme(forceLight));
    // Shapes are plotly layout the shared figure types leave out; only the dashboard draws them.
    const layout = { ...themed.layout, shapes: this.outlines } as Layout;
    await plotly().react(this.plot, themed.data, layout, { ...CONFIG, ...this.figure.config });
    this.listen();
  }

  /** Outlines drawn over the chart from the next draw on. */
  outline(outlines: Outline[]): void {
    this.outlines = outlines;
  }

  onClick(listener: (point: ClickedPoint) => void): void {
    this.clickListener = listener;
    this.listen();
  }

  csv(): string {
    return figureCsv(this.figure);
  }

  async exportImage(format: 'png' | 'svg'): Promise<void> {
    const data = await chartImage(this.plot, format);
    this.api.postMessage({ type: 'saveImage', format, data, suggestedName: this.name });
  }

  /** Plotly adds `on` to the graph div once it has drawn into it. */
  private listen(): void {
    const graph = this.plot as ClickableGraph;
    if (this.listening || !this.clickListener || !graph.on) return;
    this.listening = true;
    graph.on('plotly_click', (event) => {
      const point = event.points?.[0];
      if (point) this.clickListener?.(point);
    });
  }
}

export function chartName(title: string, key: string): string {
  return fileSlug(`${title} ${key.replace(/^\w+\./, '')}`);
}
