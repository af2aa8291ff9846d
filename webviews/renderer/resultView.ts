import { buildChart, chartTitle, formatCount } from '../../core/charts';
import type { ChartKey, FigureSpec } from '../../core/charts';
import type { InspectResult, RendererToHost, SightlineResult } from '../../core/protocol';
import { inspectOf } from '../../core/protocol/inspectOf';
import { button, fileSlug } from '../shared/dom';
import { Plotly } from './plotly';
import { exportFigure, notebookFigure, notebookTheme } from './notebookTheme';
import { stageTable } from '../shared/stageTable';

const OVERVIEW_CHARTS: ChartKey[] = ['overview.volume', 'overview.nullRates', 'overview.labelCoverage'];
const CONFIG = { responsive: true, displaylogo: false, modeBarButtonsToRemove: ['toImage', 'select2d', 'lasso2d'] };

interface DrawnChart {
  key: ChartKey;
  figure: FigureSpec;
  plot: HTMLElement;
}

/**
 * One notebook output: a header with actions, the overview's charts and the stage table.
 * `post` is absent where the host does not listen (no Sightline extension host side), and
 * then the buttons that need it are not shown.
 */
export class ResultView {
  readonly root: HTMLElement;
  private readonly charts: DrawnChart[] = [];

  constructor(
    private readonly result: SightlineResult,
    private readonly post?: (message: RendererToHost) => void,
  ) {
    this.root = document.createElement('div');
    this.root.className = 'sightline-output';
  }

  async draw(): Promise<void> {
    const inspect = inspectOf(this.result);
    if (!inspect) {
      this.root.textContent = `This renderer does not draw Sightline ${this.result.kind} results yet.`;
      return;
    }
    this.root.replaceChildren(this.header(inspect));
    if (this.result.kind === 'overview') {
      for (const key of OVERVIEW_CHARTS) {
        const figure = buildChart(key, this.result);
        if (figure) await this.addChart(key, figure);
      }
    }
    this.root.append(stageTable(inspect), ...this.notes(inspect));
    this.root.dataset.charts = String(this.charts.length);
  }

  /** Redraws the charts in the current theme colors. */
  async restyle(): Promise<void> {
    const theme = notebookTheme();
    for (const chart of this.charts) {
      const figure = notebookFigure(chart.figure, theme);
      await Plotly.react(chart.plot, figure.data, figure.layout, { ...CONFIG, ...figure.config });
    }
  }

  dispose(): void {
    for (const chart of this.charts) Plotly.purge(chart.plot);
    this.charts.length = 0;
    this.root.remove();
  }

  private header(inspect: InspectResult): HTMLElement {
    const header = document.createElement('header');
    const title = document.createElement('h3');
    title.textContent = `${this.result.kind === 'overview' ? 'Overview' : 'Inspect'}: ${this.result.pipeline}`;
    const meta = document.createElement('span');
    meta.className = 'meta';
    const rows = inspect.stages.reduce((sum, s) => sum + s.rows, 0);
    meta.textContent = `${formatCount(inspect.stages.length)} stages · ${formatCount(rows)} rows`;
    header.append(title, meta);
    const post = this.post;
    if (post) {
      const actions = document.createElement('span');
      actions.className = 'actions';
      actions.append(button('Open in panel', () => post({ type: 'openInPanel', result: this.result })));
      header.append(actions);
    }
    return header;
  }

  private async addChart(key: ChartKey, figure: FigureSpec): Promise<void> {
    const element = document.createElement('figure');
    const caption = document.createElement('figcaption');
    const name = document.createElement('span');
    name.textContent = chartTitle(key);
    const status = document.createElement('span');
    status.className = 'status';
    status.setAttribute('role', 'status');
    caption.append(name, status);
    if (this.post) {
      caption.append(
        button('Save PNG', () => this.saveImage(key, figure, 'png', status)),
        button('Save SVG', () => this.saveImage(key, figure, 'svg', status)),
      );
    }
    const plot = document.createElement('div');
    plot.className = 'plot';
    element.append(caption, plot);
    this.root.append(element);
    const themed = notebookFigure(figure, notebookTheme());
    await Plotly.newPlot(plot, themed.data, themed.layout, { ...CONFIG, ...figure.config });
    this.charts.push({ key, figure, plot });
  }

  private async saveImage(key: ChartKey, figure: FigureSpec, format: 'png' | 'svg', status: HTMLElement): Promise<void> {
    if (!this.post) return;
    status.textContent = 'Preparing…';
    try {
      const chart = this.charts.find((c) => c.key === key);
      const width = Math.max(600, chart?.plot.clientWidth ?? 900);
      const height = figure.layout.height ?? 400;
      const data = await Plotly.toImage(exportFigure(figure, notebookTheme()), { format, width, height, scale: format === 'png' ? 2 : 1 });
      this.post({ type: 'saveImage', format, data, suggestedName: fileSlug(`${this.result.pipeline} ${key}`) });
      status.textContent = '';
    } catch (error) {
      status.textContent = `Could not make the image: ${error instanceof Error ? error.message : String(error)}`;
    }
  }

  private notes(inspect: InspectResult): HTMLElement[] {
    const notes: HTMLElement[] = [];
    for (const d of inspect.diagnostics.slice(0, 5)) notes.push(paragraph(`diagnostic sev-${d.severity}`, `${d.severity}: ${d.message}${d.hint ? ` — ${d.hint}` : ''}`));
    if (inspect.diagnostics.length > 5) notes.push(paragraph('diagnostic', `… and ${inspect.diagnostics.length - 5} more problems`));
    return notes;
  }
}

function paragraph(className: string, text: string): HTMLElement {
  const p = document.createElement('p');
  p.className = className;
  p.textContent = text;
  return p;
}
