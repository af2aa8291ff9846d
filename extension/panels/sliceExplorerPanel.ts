import * as vscode from 'vscode';
import type { ChartKey } from '../../core/charts';
import type { ErrorInfo, SightlineResult, SlicePredicate } from '../../core/protocol';
import type { HostToSliceExplorer, SliceExplorerRequest, SliceExplorerResults, SliceRef } from '../../core/protocol/sliceExplorer';
import { chartKind, sliceRankLabel } from '../../core/charts';
import { errorInfoOf } from '../analysis/resultStates';
import type { Services } from '../services';
import { markActive, type ResultPanel } from './activePanel';
import { loadPanelWebview } from './panelWebview';
import { copyPanelResult, copyToClipboard, forceLightSetting, openFileAt, panelWebviewOptions, saveChartImage } from './panelIo';
import { routePanelMessage } from './panelMessages';
import { computeSliceExplorer } from './sliceExplorerCompute';
import { parseSliceExplorerState, sliceExplorerCharts, sliceExplorerKey, sliceExplorerTitle } from './sliceExplorerState';
import { sliceCellCode } from './sliceCellCode';
import { appendNotebookCell } from './sliceNotebookCell';
import { openInNotebookRef, requestProfileRef, whatIfRef } from './sliceExplorerMessages';
import { sliceAt, sliceProfileRequest } from './sliceProfileRequest';
import { withAnalysisProgress } from '../analysis/runWithProgress';

export type SliceExplorerStatus = 'loading' | 'ready' | 'error' | 'cancelled';

/** What the integration tests can see of a Slice Explorer (they run in another bundle). */
export interface SliceExplorerInfo {
  key: string;
  kind: SliceExplorerRequest['kind'];
  target: string;
  status: SliceExplorerStatus;
  webviewReady: boolean;
  slices?: number;
  significantSmall?: number;
  /** Slices of change (grown and shrunk) of an alert's stage. */
  moved?: number;
  notes: string[];
  /** Cells "Open in notebook" added so far. */
  notebookCells: number;
  /** The last slice profile sent to the webview. */
  profile?: SliceProfileInfo;
  error?: ErrorInfo;
}

/** A slice profile as the integration tests see it. */
export interface SliceProfileInfo {
  slice: string;
  predicates: SlicePredicate[];
  rows: number;
  sliceRows: number;
  features: number;
  buckets: number;
}

/**
 * The Slice Explorer: ranked slices of a pipeline's prediction error, or what moved at an
 * alert. One panel per request (webview-sample's createOrShow/dispose); the worker computes,
 * the webview draws, and a restored panel recomputes from the request it kept.
 */
export class SliceExplorerPanel implements vscode.Disposable, ResultPanel {
  static readonly viewType = 'sightline.sliceExplorer';
  private static readonly panels = new Map<string, SliceExplorerPanel>();

  private readonly disposables: vscode.Disposable[] = [];
  private readonly key: string;
  private running: vscode.CancellationTokenSource | undefined;
  private status: SliceExplorerStatus = 'loading';
  private results: SliceExplorerResults | undefined;
  private lastError: ErrorInfo | undefined;
  private webviewReady = false;
  private latest: HostToSliceExplorer | undefined;
  private notebookCells = 0;
  private profiling: vscode.CancellationTokenSource | undefined;
  private lastProfile: SliceProfileInfo | undefined;

  static all(): SliceExplorerPanel[] {
    return [...SliceExplorerPanel.panels.values()];
  }

  static createOrShow(services: Services, request: SliceExplorerRequest): SliceExplorerPanel {
    const existing = SliceExplorerPanel.panels.get(sliceExplorerKey(request));
    if (existing) {
      existing.panel.reveal();
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(SliceExplorerPanel.viewType, sliceExplorerTitle(request), vscode.ViewColumn.Active, panelWebviewOptions(services));
    return new SliceExplorerPanel(services, panel, request);
  }

  /** Called by the serializer with the state the webview last saved. */
  static revive(services: Services, panel: vscode.WebviewPanel, state: unknown): void {
    const request = parseSliceExplorerState(state);
    if (!request) {
      panel.dispose();
      return;
    }
    SliceExplorerPanel.panels.get(sliceExplorerKey(request))?.dispose();
    panel.webview.options = panelWebviewOptions(services);
    new SliceExplorerPanel(services, panel, request);
  }

  private constructor(
    private readonly services: Services,
    private readonly panel: vscode.WebviewPanel,
    readonly request: SliceExplorerRequest,
  ) {
    this.key = sliceExplorerKey(request);
    SliceExplorerPanel.panels.set(this.key, this);
    this.disposables.push(
      ...loadPanelWebview(services, panel, 'slices.js', {
        receive: (message) => void this.receive(message),
        dispose: () => this.dispose(),
        postTheme: () => this.postTheme(),
        viewState: (active) => markActive(this, active),
      }),
    );
    void this.compute();
  }

  info(): SliceExplorerInfo {
    const { results } = this;
    return {
      key: this.key,
      kind: this.request.kind,
      target: this.request.target,
      status: this.status,
      webviewReady: this.webviewReady,
      ...(results?.slices ? { slices: results.slices.slices.length, significantSmall: results.slices.significantSmall.length } : {}),
      ...(results?.diff ? { moved: results.diff.grown.length + results.diff.shrunk.length } : {}),
      notes: [...(results?.notes ?? []), ...(results?.slices?.notes ?? [])],
      notebookCells: this.notebookCells,
      ...(this.lastProfile ? { profile: this.lastProfile } : {}),
      ...(this.lastError ? { error: this.lastError } : {}),
    };
  }

  /** Recomputes; a computation already running is cancelled first. */
  async compute(): Promise<void> {
    this.running?.cancel();
    const source = new vscode.CancellationTokenSource();
    this.running = source;
    this.status = 'loading';
    this.send({ type: 'progress', progress: { message: 'Reading the logs', done: 0, total: 0 } });
    try {
      const results = await computeSliceExplorer(this.services.analysis, this.request, { token: source.token, onProgress: (progress) => this.send({ type: 'progress', progress }) });
      if (this.running !== source) return;
      this.results = results;
      this.lastError = undefined;
      this.status = 'ready';
      if (results.slices && this.request.kind === 'slices') this.panel.title = sliceExplorerTitle(this.request, results.slices.pipeline);
      this.send({ type: 'results', request: this.request, results });
    } catch (error) {
      if (this.running !== source) return;
      this.fail(error);
    } finally {
      if (this.running === source) this.running = undefined;
      source.dispose();
    }
  }

  cancel(): void {
    this.running?.cancel();
    this.profiling?.cancel();
  }

  /**
   * Computes a slice's profile in the worker and posts it (or a readable failure) to the
   * webview; a newer selection cancels an older one still running.
   */
  async profile(ref: SliceRef): Promise<SliceProfileInfo | undefined> {
    this.profiling?.cancel();
    const request = sliceProfileRequest(this.results, ref);
    if (!request) {
      this.post({ type: 'profileFailed', slice: ref, error: { code: 'slices.no-slice', message: 'This slice is not in the results on screen.', hint: 'Press Compute to search again.' } });
      return undefined;
    }
    const source = new vscode.CancellationTokenSource();
    this.profiling = source;
    const label = sliceRankLabel(ref.list, ref.index);
    try {
      const response = await withAnalysisProgress(this.services.analysis, request, `Sightline: profiling slice ${label}`, {
        token: source.token,
        onProgress: (progress) => this.post({ type: 'profileProgress', slice: ref, progress }),
      });
      if (this.profiling !== source) return undefined;
      if (response.kind !== 'sliceProfile') throw new Error(`unexpected ${response.kind} response`);
      const { profile } = response;
      this.lastProfile = { slice: `${ref.list}:${ref.index}`, predicates: profile.predicates, rows: profile.rows, sliceRows: profile.sliceRows, features: profile.features.length, buckets: profile.time?.starts.length ?? 0 };
      this.post({ type: 'profile', slice: ref, profile });
      return this.lastProfile;
    } catch (error) {
      const info = errorInfoOf(error);
      if (this.profiling === source) {
        if (!info.cancelled) this.services.log.warn(`${this.key} profile of ${label} failed: ${info.message}`);
        this.post({ type: 'profileFailed', slice: ref, error: info.cancelled ? { ...info, message: 'Cancelled.' } : info });
      }
      return undefined;
    } finally {
      if (this.profiling === source) this.profiling = undefined;
      source.dispose();
    }
  }

  charts(): { key: ChartKey; title: string }[] {
    return this.results ? sliceExplorerCharts(this.results) : [];
  }

  exportChart(chart: ChartKey, format: 'png' | 'svg'): void {
    this.post({ type: 'exportChart', format, chart });
  }

  async copyResult(format: 'csv' | 'json', chart?: ChartKey): Promise<void> {
    const results = this.results;
    if (format === 'json' && results && results.slices && results.diff) {
      await copyToClipboard('json', JSON.stringify({ slices: results.slices, sliceDiff: results.diff }, null, 2));
      return;
    }
    await copyPanelResult(this.resultFor(chart), format, chart, 'Slice Explorer');
  }

  dispose(): void {
    if (SliceExplorerPanel.panels.get(this.key) === this) SliceExplorerPanel.panels.delete(this.key);
    markActive(this, false);
    this.running?.cancel();
    this.profiling?.cancel();
    this.panel.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }

  /** The result a chart draws from; without a chart, the slices (else the slices of change). */
  private resultFor(chart: ChartKey | undefined): SightlineResult | undefined {
    const results = this.results;
    if (!results) return undefined;
    if (chart && chartKind(chart) === 'slice-diff') return results.diff;
    return results.slices ?? results.diff;
  }

  private fail(error: unknown): void {
    const info = errorInfoOf(error);
    this.status = info.cancelled ? 'cancelled' : 'error';
    this.lastError = info.cancelled ? undefined : info;
    this.send({ type: 'error', error: info.cancelled ? { ...info, message: 'Cancelled.', hint: 'Press Compute again to run it again.' } : info });
    if (!info.cancelled) this.services.log.warn(`${this.key} failed: ${info.message}`);
  }

  private async openInNotebook(ref: SliceRef): Promise<void> {
    const slicesRequest = this.results?.slicesRequest;
    const slice = sliceAt(this.results, ref);
    if (!slice || !slicesRequest) return;
    try {
      await appendNotebookCell(sliceCellCode(slicesRequest, slice, sliceRankLabel(ref.list, ref.index)), slicesRequest.target);
      this.notebookCells++;
    } catch (error) {
      void vscode.window.showErrorMessage(`Sightline: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** The What-If panel on the slice, over the rows the slices were searched on. */
  private async whatIf(ref: SliceRef): Promise<void> {
    const slice = sliceAt(this.results, ref);
    if (!slice) return;
    const searched = this.results?.slicesRequest;
    await vscode.commands.executeCommand('sightline.whatIf', { target: this.request.target, where: slice.predicates, start: searched?.start, end: searched?.end });
  }

  private async receive(value: unknown): Promise<void> {
    const ref = openInNotebookRef(value);
    if (ref) return this.openInNotebook(ref);
    const whatIf = whatIfRef(value);
    if (whatIf) return this.whatIf(whatIf);
    const profiled = requestProfileRef(value);
    if (profiled) {
      await this.profile(profiled);
      return;
    }
    const handled = await routePanelMessage(value, {
      ready: () => {
        this.webviewReady = true;
        this.postTheme();
        if (this.latest) this.post(this.latest);
      },
      rerun: () => this.compute(),
      cancel: () => this.cancel(),
      copy: (m) => copyToClipboard(m.format, m.text),
      saveImage: (m) => saveChartImage(this.request.target, m.format, m.data, m.suggestedName),
      openFile: (m) => openFileAt(m.path, m.line),
    });
    if (!handled) this.services.log.warn('ignored a malformed message from the Slice Explorer');
  }

  private send(message: Extract<HostToSliceExplorer, { type: 'progress' | 'results' | 'error' }>): void {
    this.latest = message;
    if (this.webviewReady) this.post(message);
  }

  private post(message: HostToSliceExplorer): void {
    void this.panel.webview.postMessage(message);
  }

  private postTheme(): void {
    this.post({ type: 'theme', theme: { forceLight: forceLightSetting() } });
  }
}
