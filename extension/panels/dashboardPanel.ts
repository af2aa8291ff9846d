import * as vscode from 'vscode';
import type { ChartKey } from '../../core/charts';
import type { DistributionQuery, ErrorInfo, HostToPanel } from '../../core/protocol';
import { AnalysisError } from '../analysis/analysisClient';
import { withAnalysisProgress } from '../analysis/runWithProgress';
import type { Services } from '../services';
import { markActive, type ResultPanel } from './activePanel';
import { dashboardCharts, dashboardKey, dashboardTitle, parseDashboardState, progressTitle, type DashboardRequest, type DashboardResult } from './dashboardState';
import { loadPanelWebview } from './panelWebview';
import { copyPanelResult, copyToClipboard, forceLightSetting, openFileAt, panelWebviewOptions, saveChartImage } from './panelIo';
import { routePanelMessage } from './panelMessages';

export type DashboardStatus = 'loading' | 'ready' | 'error' | 'cancelled';

/** What the integration tests can see of a dashboard (they run in another bundle). */
export interface DashboardInfo {
  key: string;
  kind: DashboardRequest['kind'];
  target?: string;
  status: DashboardStatus;
  webviewReady: boolean;
  alerts?: number;
  columns?: string[];
  /** Distribution requests answered so far, and the last one. */
  distributions: number;
  lastDistribution?: DistributionQuery;
  error?: ErrorInfo;
}

/**
 * The monitoring dashboard: a pipeline's monitoring (alerts, heat map, performance) or one
 * drift comparison. One panel per request (webview-sample's createOrShow/dispose); the worker
 * computes, the panel draws, and a restored panel recomputes from the request it kept.
 */
export class DashboardPanel implements vscode.Disposable, ResultPanel {
  static readonly viewType = 'sightline.dashboard';
  private static readonly panels = new Map<string, DashboardPanel>();

  private readonly disposables: vscode.Disposable[] = [];
  private readonly key: string;
  private running: vscode.CancellationTokenSource | undefined;
  private distributionRun: vscode.CancellationTokenSource | undefined;
  private status: DashboardStatus = 'loading';
  private result: DashboardResult | undefined;
  private lastError: ErrorInfo | undefined;
  private webviewReady = false;
  private latest: HostToPanel | undefined;
  private pendingAlert: string | undefined;
  private distributions = 0;
  private lastDistribution: DistributionQuery | undefined;

  static all(): DashboardPanel[] {
    return [...DashboardPanel.panels.values()];
  }

  /** Shows the dashboard for `request`, computing it if new; `alert` selects that alert once drawn. */
  static createOrShow(services: Services, request: DashboardRequest, options: { alert?: string } = {}): DashboardPanel {
    const existing = DashboardPanel.panels.get(dashboardKey(request));
    if (existing) {
      existing.panel.reveal();
      if (options.alert) existing.selectAlert(options.alert);
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(DashboardPanel.viewType, dashboardTitle(request), vscode.ViewColumn.Active, panelWebviewOptions(services));
    const dashboard = new DashboardPanel(services, panel, request);
    if (options.alert) dashboard.selectAlert(options.alert);
    return dashboard;
  }

  /** Called by the serializer with the state the webview last saved. */
  static revive(services: Services, panel: vscode.WebviewPanel, state: unknown): void {
    const request = parseDashboardState(state);
    if (!request) {
      panel.dispose();
      return;
    }
    DashboardPanel.panels.get(dashboardKey(request))?.dispose();
    panel.webview.options = panelWebviewOptions(services);
    new DashboardPanel(services, panel, request);
  }

  private constructor(
    private readonly services: Services,
    private readonly panel: vscode.WebviewPanel,
    readonly request: DashboardRequest,
  ) {
    this.key = dashboardKey(request);
    DashboardPanel.panels.set(this.key, this);
    this.disposables.push(
      ...loadPanelWebview(services, panel, 'dashboard.js', {
        receive: (message) => void this.receive(message),
        dispose: () => this.dispose(),
        postTheme: () => this.postTheme(),
        viewState: (active) => markActive(this, active),
      }),
    );
    void this.compute();
  }

  info(): DashboardInfo {
    const result = this.result;
    return {
      key: this.key,
      kind: this.request.kind,
      ...(this.request.kind === 'monitor' ? { target: this.request.target } : {}),
      status: this.status,
      webviewReady: this.webviewReady,
      ...(result?.kind === 'monitor' ? { alerts: result.alerts.length } : {}),
      ...(result?.kind === 'drift' ? { columns: result.columns.map((c) => c.column) } : {}),
      distributions: this.distributions,
      ...(this.lastDistribution ? { lastDistribution: this.lastDistribution } : {}),
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
      const response = await withAnalysisProgress(this.services.analysis, this.request, progressTitle(this.request), {
        token: source.token,
        onProgress: (progress) => this.send({ type: 'progress', progress }),
      });
      if (this.running !== source) return;
      if (response.kind !== 'result' || response.result.kind !== this.request.kind) throw new Error(`unexpected ${response.kind} response`);
      this.result = response.result;
      this.lastError = undefined;
      this.status = 'ready';
      this.panel.title = dashboardTitle(this.request, response.result);
      this.send({ type: 'result', result: response.result, request: this.request });
      this.flushAlert();
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
  }

  /** Selects an alert in the webview once the result is drawn. */
  selectAlert(alert: string): void {
    this.pendingAlert = alert;
    this.flushAlert();
  }

  charts(): { key: ChartKey; title: string }[] {
    return this.result ? dashboardCharts(this.result) : [];
  }

  exportChart(chart: ChartKey, format: 'png' | 'svg'): void {
    void this.panel.webview.postMessage({ type: 'exportChart', format, chart } satisfies HostToPanel);
  }

  async copyResult(format: 'csv' | 'json', chart?: ChartKey): Promise<void> {
    await copyPanelResult(this.result, format, chart, 'dashboard');
  }


  dispose(): void {
    if (DashboardPanel.panels.get(this.key) === this) DashboardPanel.panels.delete(this.key);
    markActive(this, false);
    this.running?.cancel();
    this.distributionRun?.cancel();
    this.panel.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }

  private fail(error: unknown): void {
    const info: ErrorInfo = error instanceof AnalysisError ? error.info : { code: 'internal', message: error instanceof Error ? error.message : String(error) };
    this.status = info.cancelled ? 'cancelled' : 'error';
    this.lastError = info.cancelled ? undefined : info;
    this.send({ type: 'error', error: info.cancelled ? { ...info, message: 'Cancelled.', hint: 'Press Compute again to run it again.' } : info });
    if (!info.cancelled) this.services.log.warn(`${this.key} failed: ${info.message}`);
  }

  /** The reference-vs-window distribution of a heat-map cell; a newer request cancels an older one. */
  private async distribution(query: DistributionQuery): Promise<void> {
    if (this.request.kind !== 'monitor') return;
    this.distributionRun?.cancel();
    const source = new vscode.CancellationTokenSource();
    this.distributionRun = source;
    try {
      const response = await this.services.analysis.run({ kind: 'distribution', target: this.request.target, ...query }, { token: source.token });
      if (response.kind !== 'distribution') throw new Error(`unexpected ${response.kind} response`);
      this.post({ type: 'distribution', query, distribution: response.distribution });
    } catch (error) {
      const info: ErrorInfo = error instanceof AnalysisError ? error.info : { code: 'internal', message: error instanceof Error ? error.message : String(error) };
      if (!info.cancelled) this.post({ type: 'distributionFailed', query, error: info });
    } finally {
      if (this.distributionRun === source) this.distributionRun = undefined;
      source.dispose();
    }
    this.distributions++;
    this.lastDistribution = query;
  }

  private async receive(value: unknown): Promise<void> {
    const handled = await routePanelMessage(value, {
      ready: () => {
        this.webviewReady = true;
        this.postTheme();
        if (this.latest) this.post(this.latest);
        this.flushAlert();
      },
      rerun: () => this.compute(),
      cancel: () => this.cancel(),
      copy: (m) => copyToClipboard(m.format, m.text),
      saveImage: (m) => saveChartImage(this.request.kind === 'monitor' ? this.request.target : '.', m.format, m.data, m.suggestedName),
      openFile: (m) => openFileAt(m.path, m.line),
      requestDistribution: ({ type: _type, ...query }) => this.distribution(query),
    });
    if (!handled) this.services.log.warn('ignored a malformed message from the monitoring dashboard');
  }

  private flushAlert(): void {
    if (!this.pendingAlert || !this.webviewReady || this.status !== 'ready') return;
    this.post({ type: 'selectAlert', alert: this.pendingAlert });
    this.pendingAlert = undefined;
  }

  private send(message: Extract<HostToPanel, { type: 'progress' | 'result' | 'error' }>): void {
    this.latest = message;
    if (this.webviewReady) this.post(message);
  }

  private post(message: HostToPanel): void {
    void this.panel.webview.postMessage(message);
  }

  private postTheme(): void {
    this.post({ type: 'theme', theme: { forceLight: forceLightSetting() } });
  }
}
