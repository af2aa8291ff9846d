import { dirname } from 'node:path';
import * as vscode from 'vscode';
import { buildChart, chartTitle, figureCsv, type ChartKey } from '../../core/charts';
import type { AnalysisRequest, ErrorInfo, HostToPanel, OverviewResult } from '../../core/protocol';
import { AnalysisError } from '../analysis/analysisClient';
import type { Services } from '../services';
import { chartChoices, parsePanelState, targetLabel } from './overviewState';
import { imageBytes } from './imageData';
import { createNonce, panelHtml } from './panelHtml';
import { routePanelMessage, safeFileName } from './panelMessages';

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
export class OverviewPanel implements vscode.Disposable {
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
    const panel = vscode.window.createWebviewPanel(OverviewPanel.viewType, `Overview: ${targetLabel(target)}`, vscode.ViewColumn.Active, webviewOptions(services));
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
    panel.webview.options = webviewOptions(services);
    new OverviewPanel(services, panel, request);
  }

  private constructor(
    private readonly services: Services,
    private readonly panel: vscode.WebviewPanel,
    readonly request: Extract<AnalysisRequest, { kind: 'overview' }>,
  ) {
    OverviewPanel.panels.set(request.target, this);
    panel.iconPath = vscode.Uri.joinPath(services.context.extensionUri, 'media', 'sightline.svg');
    const webview = panel.webview;
    const dist = vscode.Uri.joinPath(services.context.extensionUri, 'dist', 'webviews');
    webview.html = panelHtml({
      title: panel.title,
      cspSource: webview.cspSource,
      nonce: createNonce(),
      plotlyUri: webview.asWebviewUri(vscode.Uri.joinPath(dist, 'plotly.min.js')).toString(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(dist, 'overview.js')).toString(),
    });
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.onDidChangeViewState(() => this.updateActive()),
      webview.onDidReceiveMessage((message: unknown) => void this.receive(message)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('sightline.charts.forceLight')) this.postTheme();
      }),
    );
    this.updateActive();
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
    if (!this.result) {
      void vscode.window.showWarningMessage('Sightline: the overview has no result yet.');
      return;
    }
    if (format === 'json') return this.copy('json', JSON.stringify(this.result, null, 2));
    const figure = chart ? buildChart(chart, this.result) : undefined;
    if (!figure || !chart) return;
    await this.copy('csv', figureCsv(figure), chartTitle(chart));
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
      copy: (m) => this.copy(m.format, m.text),
      saveImage: (m) => this.saveImage(m.format, m.data, m.suggestedName),
      openFile: (m) => openFile(m.path, m.line),
    });
    if (!handled) this.services.log.warn('ignored a malformed message from the overview panel');
  }

  private send(message: Extract<HostToPanel, { type: 'progress' | 'result' | 'error' }>): void {
    this.latest = message;
    if (this.webviewReady) void this.panel.webview.postMessage(message);
  }

  private postTheme(): void {
    const forceLight = vscode.workspace.getConfiguration('sightline').get<boolean>('charts.forceLight', false);
    void this.panel.webview.postMessage({ type: 'theme', theme: { forceLight } } satisfies HostToPanel);
  }

  private async copy(format: 'csv' | 'json', text: string, what = 'the result'): Promise<void> {
    await vscode.env.clipboard.writeText(text);
    vscode.window.setStatusBarMessage(`Sightline: copied ${what} as ${format.toUpperCase()}`, 3000);
  }

  private async saveImage(format: 'png' | 'svg', data: string, suggestedName: string): Promise<void> {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file(dirname(this.target));
    const uri = await vscode.window.showSaveDialog({
      defaultUri: vscode.Uri.joinPath(folder, safeFileName(suggestedName, format)),
      filters: format === 'png' ? { 'PNG image': ['png'] } : { 'SVG image': ['svg'] },
      saveLabel: 'Export Chart',
    });
    if (!uri) return;
    try {
      await vscode.workspace.fs.writeFile(uri, imageBytes(data));
      const open = 'Open';
      const choice = await vscode.window.showInformationMessage(`Sightline: saved the chart to ${vscode.workspace.asRelativePath(uri)}`, open);
      if (choice === open) await vscode.commands.executeCommand('vscode.open', uri);
    } catch (error) {
      void vscode.window.showErrorMessage(`Sightline: could not save the chart: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private updateActive(): void {
    if (this.panel.active) OverviewPanel.setActive(this);
    else if (OverviewPanel.activePanel === this) OverviewPanel.setActive(undefined);
  }

  /** Drives the `sightline.panelActive` context key that shows the export and copy commands. */
  private static setActive(panel: OverviewPanel | undefined): void {
    OverviewPanel.activePanel = panel;
    void vscode.commands.executeCommand('setContext', 'sightline.panelActive', panel !== undefined);
  }
}

function webviewOptions(services: Services): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  return {
    enableScripts: true,
    localResourceRoots: [vscode.Uri.joinPath(services.context.extensionUri, 'dist', 'webviews')],
  };
}

async function openFile(path: string, line?: number): Promise<void> {
  const at = Math.max(0, (line ?? 1) - 1);
  await vscode.commands.executeCommand('vscode.open', vscode.Uri.file(path), { selection: new vscode.Range(at, 0, at, 0) });
}

