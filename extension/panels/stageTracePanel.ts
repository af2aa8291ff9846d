import * as vscode from 'vscode';
import type { ChartKey } from '../../core/charts';
import type { ErrorInfo, HostToPanel, TraceResult } from '../../core/protocol';
import { buildChart, chartTitle, chartsFor } from '../../core/charts';
import { AnalysisError } from '../analysis/analysisClient';
import { withAnalysisProgress } from '../analysis/runWithProgress';
import type { Services } from '../services';
import { markActive, type ResultPanel } from './activePanel';
import { loadPanelWebview } from './panelWebview';
import { copyPanelResult, copyToClipboard, forceLightSetting, openFileAt, panelWebviewOptions, saveChartImage } from './panelIo';
import { routePanelMessage } from './panelMessages';
import { LineageLookups, type LineageOutcome } from './stageTraceLineage';
import { parseStageTraceState, stageTraceKey, stageTraceProgressTitle, stageTraceTitle, type TraceRequest } from './stageTraceState';

export type StageTraceStatus = 'loading' | 'ready' | 'error' | 'cancelled';

/** What the integration tests can see of a Stage Trace panel (they run in another bundle). */
export interface StageTraceInfo {
  key: string;
  target: string;
  status: StageTraceStatus;
  webviewReady: boolean;
  incidents?: { firstStage: string; column: string; onset: number; alerts: string[] }[];
  stageLoss?: { from: string; to: string; dropped: number; nulled: number; changed: number }[];
  /** Lineage lookups answered so far, and the last one. */
  lineages: number;
  lastLineage?: { key: string; stages?: { stage: string; status: string }[]; error?: string };
  error?: ErrorInfo;
}

/**
 * The Stage Trace panel: a pipeline's stages as a graph colored by anomaly, its incidents with
 * first stage and onset, record loss between stages and a record-lineage view. One panel per
 * pipeline; the worker computes, the panel draws, a restored panel recomputes from its request.
 */
export class StageTracePanel implements vscode.Disposable, ResultPanel {
  static readonly viewType = 'sightline.stageTrace';
  private static readonly panels = new Map<string, StageTracePanel>();

  private readonly disposables: vscode.Disposable[] = [];
  private readonly key: string;
  private readonly lookups: LineageLookups;
  private running: vscode.CancellationTokenSource | undefined;
  private status: StageTraceStatus = 'loading';
  private result: TraceResult | undefined;
  private lastError: ErrorInfo | undefined;
  private webviewReady = false;
  private latest: HostToPanel | undefined;
  private pendingAlert: string | undefined;
  private lineages = 0;
  private lastLineage: LineageOutcome | undefined;
  private lineageMessage: HostToPanel | undefined;

  static all(): StageTracePanel[] {
    return [...StageTracePanel.panels.values()];
  }

  /** Shows the pipeline's Stage Trace, computing it if new; `alert` selects that alert's incident once drawn. */
  static createOrShow(services: Services, request: TraceRequest, options: { alert?: string } = {}): StageTracePanel {
    const existing = StageTracePanel.panels.get(stageTraceKey(request));
    const panel = existing ?? new StageTracePanel(services, vscode.window.createWebviewPanel(StageTracePanel.viewType, stageTraceTitle(request), vscode.ViewColumn.Active, panelWebviewOptions(services)), request);
    if (existing) existing.panel.reveal();
    if (options.alert) panel.selectIncidentOf(options.alert);
    return panel;
  }

  /** Called by the serializer with the state the webview last saved. */
  static revive(services: Services, panel: vscode.WebviewPanel, state: unknown): void {
    const request = parseStageTraceState(state);
    if (!request) {
      panel.dispose();
      return;
    }
    StageTracePanel.panels.get(stageTraceKey(request))?.dispose();
    panel.webview.options = panelWebviewOptions(services);
    new StageTracePanel(services, panel, request);
  }

  private constructor(
    private readonly services: Services,
    private readonly panel: vscode.WebviewPanel,
    readonly request: TraceRequest,
  ) {
    this.key = stageTraceKey(request);
    this.lookups = new LineageLookups(services.analysis, request.target);
    StageTracePanel.panels.set(this.key, this);
    this.disposables.push(
      this.lookups,
      ...loadPanelWebview(services, panel, 'trace.js', {
        receive: (message) => void this.receive(message),
        dispose: () => this.dispose(),
        postTheme: () => this.postTheme(),
        viewState: (active) => markActive(this, active),
      }),
    );
    void this.compute();
  }

  info(): StageTraceInfo {
    const result = this.result;
    const last = this.lastLineage;
    return {
      key: this.key,
      target: this.request.target,
      status: this.status,
      webviewReady: this.webviewReady,
      ...(result ? { incidents: result.incidents.map((i) => ({ firstStage: i.firstStage, column: i.column, onset: i.onset, alerts: i.alerts })) } : {}),
      ...(result ? { stageLoss: result.stageLoss.map((l) => ({ from: l.from, to: l.to, dropped: l.dropped, nulled: l.nulled, changed: l.changed })) } : {}),
      lineages: this.lineages,
      ...(last ? { lastLineage: 'result' in last ? { key: last.key, stages: last.result.stages.map((s) => ({ stage: s.stage, status: s.status })) } : { key: last.key, error: last.error.message } } : {}),
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
      const response = await withAnalysisProgress(this.services.analysis, this.request, stageTraceProgressTitle(this.request), {
        token: source.token,
        onProgress: (progress) => this.send({ type: 'progress', progress }),
      });
      if (this.running !== source) return;
      if (response.kind !== 'result' || response.result.kind !== 'trace') throw new Error(`unexpected ${response.kind} response`);
      this.result = response.result;
      this.lastError = undefined;
      this.status = 'ready';
      this.panel.title = stageTraceTitle(this.request, response.result.pipeline);
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

  /** Selects the incident of this monitor alert in the webview once the trace is drawn. */
  selectIncidentOf(alert: string): void {
    this.pendingAlert = alert;
    this.flushAlert();
  }

  /** Looks a record up and shows its path in the lineage view (from the webview or a command). */
  async showLineage(key: string): Promise<LineageOutcome | undefined> {
    const outcome = await this.lookups.lookup(key);
    if (!outcome) return undefined;
    this.lineages++;
    this.lastLineage = outcome;
    // Kept so a webview that is still loading (a panel the lookup opened) gets it once ready.
    this.lineageMessage = 'result' in outcome ? { type: 'lineage', result: outcome.result } : { type: 'lineageFailed', key, error: outcome.error };
    if (this.webviewReady) this.post(this.lineageMessage);
    return outcome;
  }

  reveal(): void {
    this.panel.reveal();
  }

  charts(): { key: ChartKey; title: string }[] {
    const result = this.result;
    if (!result) return [];
    return chartsFor('trace')
      .filter((key) => buildChart(key, result) !== undefined)
      .map((key) => ({ key, title: chartTitle(key) }));
  }

  exportChart(chart: ChartKey, format: 'png' | 'svg'): void {
    this.post({ type: 'exportChart', format, chart });
  }

  async copyResult(format: 'csv' | 'json', chart?: ChartKey): Promise<void> {
    await copyPanelResult(this.result, format, chart, 'Stage Trace');
  }

  dispose(): void {
    if (StageTracePanel.panels.get(this.key) === this) StageTracePanel.panels.delete(this.key);
    markActive(this, false);
    this.running?.cancel();
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

  private async receive(value: unknown): Promise<void> {
    const handled = await routePanelMessage(value, {
      ready: () => this.ready(),
      rerun: () => this.compute(),
      cancel: () => this.cancel(),
      copy: (m) => copyToClipboard(m.format, m.text),
      saveImage: (m) => saveChartImage(this.request.target, m.format, m.data, m.suggestedName),
      openFile: (m) => openFileAt(m.path, m.line),
      requestLineage: (m) => void this.showLineage(m.key),
    });
    if (!handled) this.services.log.warn('ignored a malformed message from the Stage Trace panel');
  }

  private async ready(): Promise<void> {
    this.webviewReady = true;
    this.postTheme();
    if (this.latest) this.post(this.latest);
    this.flushAlert();
    if (this.lineageMessage) this.post(this.lineageMessage);
    this.post({ type: 'lineageKeys', keys: await this.lookups.exampleKeys() });
  }

  private flushAlert(): void {
    if (!this.pendingAlert || !this.webviewReady || this.status !== 'ready') return;
    this.post({ type: 'selectIncident', alert: this.pendingAlert });
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
