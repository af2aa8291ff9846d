import { buildChart, formatCount, isChartKey } from '../../core/charts';
import type { ChartKey, FigureSpec } from '../../core/charts';
import type { DrillDown, InspectResult, RendererToHost, ResultKind, SightlineResult } from '../../core/protocol';
import { inspectOf } from '../../core/protocol/inspectOf';
import { driftSummary, monitorSummary } from '../../core/report/detectionSummary';
import { copyText } from '../shared/clipboard';
import { button } from '../shared/dom';
import { stageTable } from '../shared/stageTable';
import { ChartFrame } from './chartFrame';
import type { SaveImage } from './chartFrame';
import { driftView } from './driftView';
import type { HostCapabilities } from './hostCapabilities';
import { monitorView } from './monitorView';
import { slicesView } from './slicesView';
import { sliceDiffView } from './sliceDiffView';
import { traceView } from './traceView';
import { lineageView } from './lineageView';
import { whatIfView } from './whatIfView';
import type { Drill } from './diagnosisParts';
import { sliceDiffSummary, slicesData } from '../../core/report/sliceCells';
import { traceSummary } from '../../core/report/traceCells';
import { lineageSummary } from '../../core/report/lineageCells';
import { remediationName } from '../../core/charts/whatIfLabels';

const OVERVIEW_CHARTS: ChartKey[] = ['overview.volume', 'overview.nullRates', 'overview.labelCoverage'];
const TITLES: Record<ResultKind, string> = { inspect: 'Inspect', overview: 'Overview', monitor: 'Monitor', drift: 'Drift', slices: 'Slices', 'slice-diff': 'What moved', trace: 'Stage trace', lineage: 'Record', whatif: 'What-if' };

/**
 * One notebook output: a header with actions, then the result's charts and tables.
 * `post` is absent where the host does not listen (no Sightline extension host side), and
 * then the buttons that need it are not shown.
 */
export class ResultView {
  readonly root: HTMLElement;
  private readonly charts: ChartFrame[] = [];
  private readonly actions = document.createElement('span');
  private readonly stopWatching: () => void;

  constructor(
    private readonly result: SightlineResult,
    private readonly post?: (message: RendererToHost) => void,
    private readonly host?: HostCapabilities,
    /** The output's id (its metadata), sent with drill-downs so the host inserts below its cell. */
    private readonly outputId?: string,
  ) {
    this.root = document.createElement('div');
    this.root.className = 'sightline-output';
    this.root.dataset.kind = result.kind;
    this.actions.className = 'actions';
    this.stopWatching = host?.onChange(() => this.fillActions()) ?? (() => undefined);
  }

  async draw(): Promise<void> {
    this.root.replaceChildren(this.header());
    const result = this.result;
    if (result.kind === 'monitor') await monitorView(result, this.root, (key) => this.addChart(key));
    else if (result.kind === 'drift') await driftView(result, this.root, (key) => this.addChart(key));
    else if (result.kind === 'slices') await slicesView(result, this.root, (key, title, figure) => this.addFigure(key, title, figure), this.drill());
    else if (result.kind === 'slice-diff') sliceDiffView(result, this.root, this.drill());
    else if (result.kind === 'trace') await traceView(result, this.root, (key, title, figure) => this.addFigure(key, title, figure), this.drill());
    else if (result.kind === 'lineage') lineageView(result, this.root, this.drill());
    else if (result.kind === 'whatif') await whatIfView(result, this.root, (key, title, figure) => this.addFigure(key, title, figure));
    else await this.drawInspect(inspectOf(result));
    this.root.dataset.charts = String(this.charts.length);
  }

  /** Redraws the charts in the current theme colors. */
  async restyle(): Promise<void> {
    for (const chart of this.charts) await chart.restyle();
  }

  dispose(): void {
    this.stopWatching();
    for (const chart of this.charts) chart.dispose();
    this.charts.length = 0;
    this.root.remove();
  }

  private async drawInspect(inspect: InspectResult | undefined): Promise<void> {
    if (!inspect) return;
    if (this.result.kind === 'overview') for (const key of OVERVIEW_CHARTS) await this.addChart(key);
    this.root.append(stageTable(inspect), ...diagnosticNotes(inspect));
  }

  private header(): HTMLElement {
    const header = document.createElement('header');
    const title = document.createElement('h3');
    title.textContent = `${TITLES[this.result.kind]}: ${this.result.pipeline}`;
    const meta = document.createElement('span');
    meta.className = 'meta';
    meta.textContent = metaLine(this.result);
    this.fillActions();
    header.append(title, meta, this.actions);
    return header;
  }

  /** "Open in panel" only for kinds the host said it opens; it can say so after the first draw. */
  private fillActions(): void {
    const status = document.createElement('span');
    status.className = 'status';
    status.setAttribute('role', 'status');
    const buttons: HTMLElement[] = [];
    const post = this.post;
    if (post && this.host?.canOpen(this.result.kind)) buttons.push(button('Open in panel', () => post({ type: 'openInPanel', result: this.result })));
    buttons.push(
      button('Copy JSON', async () => {
        await copyText(JSON.stringify(this.result, null, 2)).then(
          () => (status.textContent = 'Copied'),
          (error: unknown) => (status.textContent = `Could not copy: ${error instanceof Error ? error.message : String(error)}`),
        );
      }),
    );
    this.actions.replaceChildren(status, ...buttons);
  }

  private async addChart(key: ChartKey): Promise<ChartFrame | undefined> {
    return this.addFrame(key, buildChart(key, this.result));
  }

  /** A chart by registry key when the registry has it, else the view's own figure under that key. */
  private async addFigure(key: string, title: string, figure: () => FigureSpec | undefined): Promise<ChartFrame | undefined> {
    return isChartKey(key) ? this.addChart(key) : this.addFrame(key, figure(), title);
  }

  private drill(): Drill {
    const post = this.post;
    const outputId = this.outputId;
    return post && ((drill: DrillDown) => post({ type: 'drillDown', drill, ...(outputId ? { outputId } : {}) }));
  }

  private async addFrame(key: string, figure: FigureSpec | undefined, title?: string): Promise<ChartFrame | undefined> {
    if (!figure) return undefined;
    const frame = new ChartFrame(key, figure, this.result.pipeline, this.saveImage(), title);
    this.root.append(frame.element);
    await frame.draw();
    this.charts.push(frame);
    return frame;
  }

  private saveImage(): SaveImage | undefined {
    const post = this.post;
    return post && ((format, data, suggestedName) => post({ type: 'saveImage', format, data, suggestedName }));
  }
}

function metaLine(result: SightlineResult): string {
  if (result.kind === 'monitor') return monitorSummary(result);
  if (result.kind === 'drift') return driftSummary(result);
  if (result.kind === 'slices') return slicesData(result);
  if (result.kind === 'slice-diff') return sliceDiffSummary(result);
  if (result.kind === 'trace') return traceSummary(result);
  if (result.kind === 'lineage') return lineageSummary(result);
  if (result.kind === 'whatif') return remediationName(result.remediation);
  const inspect = inspectOf(result);
  const rows = inspect ? inspect.stages.reduce((sum, s) => sum + s.rows, 0) : 0;
  return `${formatCount(inspect?.stages.length ?? 0)} stages · ${formatCount(rows)} rows`;
}

function diagnosticNotes(inspect: InspectResult): HTMLElement[] {
  const notes: HTMLElement[] = [];
  for (const d of inspect.diagnostics.slice(0, 5)) notes.push(paragraph(`diagnostic sev-${d.severity}`, `${d.severity}: ${d.message}${d.hint ? ` — ${d.hint}` : ''}`));
  if (inspect.diagnostics.length > 5) notes.push(paragraph('diagnostic', `… and ${inspect.diagnostics.length - 5} more problems`));
  return notes;
}

function paragraph(className: string, text: string): HTMLElement {
  const p = document.createElement('p');
  p.className = className;
  p.textContent = text;
  return p;
}
