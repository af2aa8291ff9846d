import * as vscode from 'vscode';
import type { ChartKey } from '../../core/charts';
import type { AnalysisRequest, ErrorInfo, HostToPanel, OverviewResult } from '../../core/protocol';
import { AnalysisError } from '../analysis/analysisClient';
import type { Services } from '../services';
import { chartChoices, parsePanelState, targetLabel } from './overviewState';
import { copyPanelResult, copyToClipboard, forceLightSetting, openFileAt, panelWebviewOptions, saveChartImage } from './panelIo';
import { loadPanelWebview } from './panelWebview';
import { routePanelMessage } from './panelMessages';
import { markActive, type ResultPanel } from './activePanel';

export type PanelStatus = 'loading' | 'ready' | 'error' | 'cancelled';

/** What the integration tests can see of a panel (they run in another bundle). */
export interface PanelInfo {
  target: string;
  status: PanelStatus;
  webviewReady: boolean;
  stages: string[];
  error?: ErrorInfo;
}

/**
 * One Pipeline Overview panel per pipeline (webview-sample's createOrShow/dispose). The worker
 * computes the result; the panel draws it. Panels restore after a reload through the
 * serializer and recompute from the request the webview kept in its state.
 */
export class OverviewPanel implements vscode.Disposable, ResultPanel {
  static readonly viewType = 'sightline.overview';
  private static readonly panels = new Map<string, OverviewPanel>();
  private static activePanel: OverviewPanel | undefined;

  private readonly disposables: vscode.Disposable[] = [];
  private running: vscode.CancellationTokenSource | undefined;
  private status: PanelStatus = 'loading';
  private result: OverviewResult | undefined;
  private lastError: ErrorInfo | undefined;
  private webviewReady = false;
  /** The latest progress/result/error, replayed when the webview (re)loads. */
  private latest: HostToPanel | undefined;

  static get active(): OverviewPanel | undefined {
    return OverviewPanel.activePanel;
  }

  static all(): OverviewPanel[] {
    return [...OverviewPanel.panels.values()];
  }

  static createOrShow(services: Services, target: string): OverviewPanel {
    const existing = OverviewPanel.panels.get(target);
    if (existing) {
      existing.panel.reveal();
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(OverviewPanel.viewType, `Overview: ${targetLabel(target)}`, vscode.ViewColumn.Active, panelWebviewOptions(services));
    return new OverviewPanel(services, panel, { kind: 'overview', target });
  }

  /** Called by the serializer with the state the webview last saved. */
  static revive(services: Services, panel: vscode.WebviewPanel, state: unknown): void {
    const restored = parsePanelState(state);
    if (!restored) {
      panel.dispose();
      return;
    }
    const request = restored.request;
    const duplicate = OverviewPanel.panels.get(request.target);
    if (duplicate) duplicate.dispose();
    panel.webview.options = panelWebviewOptions(services);
    new OverviewPanel(services, panel, request);
  }

  private constructor(
    private readonly services: Services,
    private readonly panel: vscode.WebviewPanel,
    readonly request: Extract<AnalysisRequest, { kind: 'overview' }>,
  ) {
    OverviewPanel.panels.set(request.target, this);
    this.disposables.push(
      ...loadPanelWebview(services, panel, 'overview.js', {
        receive: (message) => void this.receive(message),
        dispose: () => this.dispose(),
        postTheme: () => this.postTheme(),
        viewState: () => this.updateActive(),
      }),
    );
    void this.compute();
  }

  get target(): string {
    return this.request.target;
  }

  info(): PanelInfo {
    return {
      target: this.target,
      status: this.status,
      webviewReady: this.webviewReady,
      stages: this.result?.inspect.stages.map((s) => s.name) ?? [],
      error: this.lastError,
    };
  }

  /** Recomputes the overview; a computation already running is cancelled first. */
  async compute(): Promise<void> {
    this.running?.cancel();
    const source = new vscode.CancellationTokenSource();
    this.running = source;
    this.status = 'loading';
    this.send({ type: 'progress', progress: { message: 'Reading the logs', done: 0, total: 0 } });
    try {
      const response = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: `Sightline: overview of ${targetLabel(this.target)}`, cancellable: true },
        (progress, token) => {
          token.onCancellationRequested(() => source.cancel());
          return this.services.analysis.run(this.request, {
            token: source.token,
            onProgress: (p) => {
              progress.report({ message: p.message });
              this.send({ type: 'progress', progress: p });
            },
          });
        },
      );
      if (this.running !== source) return;
      if (response.kind !== 'result' || response.result.kind !== 'overview') throw new Error(`unexpected ${response.kind} response`);
      this.result = response.result;
      this.lastError = undefined;
      this.status = 'ready';
      this.panel.title = `Overview: ${response.result.pipeline}`;
      this.send({ type: 'result', result: response.result, request: this.request });
    } catch (error) {
      if (this.running !== source) return;
      const info = error instanceof AnalysisError ? error.info : { code: 'internal', message: error instanceof Error ? error.message : String(error) };
      this.status = info.cancelled ? 'cancelled' : 'error';
      this.lastError = info.cancelled ? undefined : info;
      this.send({ type: 'error', error: info.cancelled ? { ...info, message: 'Cancelled.', hint: 'Press Refresh to compute the overview again.' } : info });
      if (!info.cancelled) this.services.log.warn(`overview of ${this.target} failed: ${info.message}`);
    } finally {
      if (this.running === source) this.running = undefined;
      source.dispose();
    }
  }

  cancel(): void {
    this.running?.cancel();
  }

  /** The charts this panel's result can export or copy, with their titles. */
  charts(): { key: ChartKey; title: string }[] {
    return this.result ? chartChoices(this.result) : [];
  }

  exportChart(chart: ChartKey, format: 'png' | 'svg'): void {
    void this.panel.webview.postMessage({ type: 'exportChart', format, chart } satisfies HostToPanel);
  }

  async copyResult(format: 'csv' | 'json', chart?: ChartKey): Promise<void> {
    await copyPanelResult(this.result, format, chart, 'overview');
  }


  dispose(): void {
    if (OverviewPanel.panels.get(this.target) === this) OverviewPanel.panels.delete(this.target);
    if (OverviewPanel.activePanel === this) OverviewPanel.setActive(undefined);
    this.running?.cancel();
    this.panel.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }

  private async receive(value: unknown): Promise<void> {
    const handled = await routePanelMessage(value, {
      ready: () => {
        this.webviewReady = true;
        this.postTheme();
        if (this.latest) void this.panel.webview.postMessage(this.latest);
      },
      rerun: () => this.compute(),
      cancel: () => this.cancel(),
      copy: (m) => copyToClipboard(m.format, m.text),
      saveImage: (m) => saveChartImage(this.target, m.format, m.data, m.suggestedName),
      openFile: (m) => openFileAt(m.path, m.line),
    });
    if (!handled) this.services.log.warn('ignored a malformed message from the overview panel');
  }

  private send(message: Extract<HostToPanel, { type: 'progress' | 'result' | 'error' }>): void {
    this.latest = message;
    if (this.webviewReady) void this.panel.webview.postMessage(message);
  }

  private postTheme(): void {
    void this.panel.webview.postMessage({ type: 'theme', theme: { forceLight: forceLightSetting() } } satisfies HostToPanel);
  }

  private updateActive(): void {
    if (this.panel.active) OverviewPanel.setActive(this);
    else if (OverviewPanel.activePanel === this) OverviewPanel.setActive(undefined);
  }

  /** Drives the `sightline.panelActive` context key that shows the export and copy commands. */
  private static setActive(panel: OverviewPanel | undefined): void {
    const previous = OverviewPanel.activePanel;
    OverviewPanel.activePanel = panel;
    if (panel) markActive(panel, true);
    else if (previous) markActive(previous, false);
  }
}
