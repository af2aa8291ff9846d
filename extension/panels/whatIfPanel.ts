import * as vscode from 'vscode';
import type { ChartKey } from '../../core/charts';
import { buildChart, chartTitle, chartsFor, figureCsv } from '../../core/charts';
import type { ErrorInfo } from '../../core/protocol';
import type { HostToWhatIf, WhatIfRun, WhatIfSetup } from '../../core/protocol/messages';
import type { WhatIfAsk, WhatIfResult, WhatIfScope } from '../../core/protocol/whatif';
import { errorInfoOf } from '../analysis/resultStates';
import { withAnalysisProgress } from '../analysis/runWithProgress';
import { targetLabel } from '../explorer/explorerItems';
import type { Services } from '../services';
import { markActive, type ResultPanel } from './activePanel';
import { loadPanelWebview } from './panelWebview';
import { copyToClipboard, forceLightSetting, openFileAt, panelWebviewOptions, saveChartImage } from './panelIo';
import { routePanelMessage } from './panelMessages';
import { saveWhatIfExport } from './whatIfExport';
import { parseWhatIfMessage, parseWhatIfRuns, parseWhatIfSetup } from './whatIfParse';
import { askOfRemediation } from './whatIfAskOf';

export type WhatIfStatus = 'idle' | 'running' | 'ready' | 'error' | 'cancelled';

/** What the integration tests can see of a What-If panel (they run in another bundle). */
export interface WhatIfInfo {
  target: string;
  status: WhatIfStatus;
  webviewReady: boolean;
  setup: WhatIfSetup;
  runs: { id: number; ask: WhatIfAsk['kind']; kind: string; primary: string; verdict: string | null; hasExport: boolean; overTime: number; bySlice: number }[];
  error?: ErrorInfo;
}

/**
 * The What-If panel: one per pipeline. The webview holds the form; every run it asks for is
 * simulated in the worker and kept, so runs can be compared and the chosen one exported.
 */
export class WhatIfPanel implements vscode.Disposable, ResultPanel {
  static readonly viewType = 'sightline.whatIf';
  private static readonly panels = new Map<string, WhatIfPanel>();

  private readonly disposables: vscode.Disposable[] = [];
  private running: vscode.CancellationTokenSource | undefined;
  private status: WhatIfStatus = 'idle';
  private lastError: ErrorInfo | undefined;
  private webviewReady = false;
  private latestStatus: HostToWhatIf | undefined;
  private nextId: number;
  private lastAsk: { ask: WhatIfAsk; scope: WhatIfScope } | undefined;

  static all(): WhatIfPanel[] {
    return [...WhatIfPanel.panels.values()];
  }

  static find(target: string): WhatIfPanel | undefined {
    return WhatIfPanel.panels.get(target);
  }

  /** Opens (or reveals) the pipeline's panel with `setup` in its form, and runs it when asked to. */
  static createOrShow(services: Services, setup: WhatIfSetup): WhatIfPanel {
    const existing = WhatIfPanel.panels.get(setup.target);
    if (existing) {
      existing.panel.reveal();
      existing.applySetup(setup);
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(WhatIfPanel.viewType, titleOf(setup.target), vscode.ViewColumn.Active, panelWebviewOptions(services));
    const created = new WhatIfPanel(services, panel, setup, []);
    created.applySetup(setup);
    return created;
  }

  /** Called by the serializer with the state the webview last saved: runs come back as they were. */
  static revive(services: Services, panel: vscode.WebviewPanel, state: unknown): void {
    const saved = typeof state === 'object' && state !== null ? (state as Record<string, unknown>) : {};
    const setup = parseWhatIfSetup(saved.setup);
    if (!setup) {
      panel.dispose();
      return;
    }
    WhatIfPanel.panels.get(setup.target)?.dispose();
    panel.webview.options = panelWebviewOptions(services);
    new WhatIfPanel(services, panel, { ...setup, run: false }, parseWhatIfRuns(saved.runs));
  }

  private constructor(
    private readonly services: Services,
    private readonly panel: vscode.WebviewPanel,
    private setup: WhatIfSetup,
    private readonly runs: WhatIfRun[],
  ) {
    this.nextId = Math.max(0, ...runs.map((r) => r.id)) + 1;
    WhatIfPanel.panels.set(setup.target, this);
    this.disposables.push(
      ...loadPanelWebview(services, panel, 'whatif.js', {
        receive: (message) => void this.receive(message),
        dispose: () => this.dispose(),
        postTheme: () => this.postTheme(),
        viewState: (active) => markActive(this, active),
      }),
    );
  }

  info(): WhatIfInfo {
    return {
      target: this.setup.target,
      status: this.status,
      webviewReady: this.webviewReady,
      setup: this.setup,
      runs: this.runs.map(({ id, ask, result }) => ({
        id,
        ask: ask.kind,
        kind: result.kind,
        primary: result.primary,
        verdict: result.verdict,
        hasExport: result.export !== null,
        overTime: result.overTime.length,
        bySlice: result.bySlice.length,
      })),
      ...(this.lastError ? { error: this.lastError } : {}),
    };
  }

  /** Simulates one remediation in the worker; a run still going is cancelled first. Resolves with the run, if it finished. */
  async run(ask: WhatIfAsk, scope: WhatIfScope): Promise<WhatIfRun | undefined> {
    this.running?.cancel();
    const source = new vscode.CancellationTokenSource();
    this.running = source;
    this.status = 'running';
    this.lastAsk = { ask, scope };
    this.send({ type: 'progress', progress: { message: 'Reading the logs', done: 0, total: 0 } });
    try {
      const request = { kind: 'whatif' as const, target: this.setup.target, ask, scope };
      const response = await withAnalysisProgress(this.services.analysis, request, `Sightline: what if… on ${targetLabel(this.setup.target)}`, {
        token: source.token,
        onProgress: (progress) => this.send({ type: 'progress', progress }),
      });
      if (this.running !== source) return undefined;
      if (response.kind !== 'result' || response.result.kind !== 'whatif') throw new Error(`unexpected ${response.kind} response`);
      const run: WhatIfRun = { id: this.nextId++, ask, scope, result: response.result };
      this.runs.push(run);
      this.status = 'ready';
      this.lastError = undefined;
      this.panel.title = titleOf(this.setup.target, response.result.pipeline);
      this.send({ type: 'whatIfRun', run });
      return run;
    } catch (error) {
      if (this.running === source) this.fail(error);
      return undefined;
    } finally {
      if (this.running === source) this.running = undefined;
      source.dispose();
    }
  }

  /** Adds a result computed elsewhere (a notebook cell) as a run, with the form set to repeat it. */
  showResult(result: WhatIfResult): WhatIfRun {
    const { ask, scope } = askOfRemediation(result.remediation);
    const run: WhatIfRun = { id: this.nextId++, ask, scope, result };
    this.runs.push(run);
    this.status = 'ready';
    this.panel.title = titleOf(this.setup.target, result.pipeline);
    this.setup = { ...this.setup, ask, scope, run: false };
    this.send({ type: 'setup', setup: this.setup });
    this.send({ type: 'whatIfRun', run });
    return run;
  }

  cancel(): void {
    this.running?.cancel();
  }

  /** Saves run `id`'s export; `to` skips the save dialog (tests). */
  async exportRun(id: number, to?: vscode.Uri): Promise<string | undefined> {
    const run = this.runs.find((r) => r.id === id);
    if (!run) return undefined;
    return (await saveWhatIfExport(run, to))?.fsPath;
  }

  charts(): { key: ChartKey; title: string }[] {
    const latest = this.runs.at(-1)?.result;
    return latest ? chartsFor('whatif').filter((key) => buildChart(key, latest) !== undefined).map((key) => ({ key, title: chartTitle(key) })) : [];
  }

  exportChart(chart: ChartKey, format: 'png' | 'svg'): void {
    this.post({ type: 'exportChart', format, chart });
  }

  async copyResult(format: 'csv' | 'json', chart?: ChartKey): Promise<void> {
    const latest = this.runs.at(-1)?.result;
    if (!latest) {
      void vscode.window.showWarningMessage('Sightline: the What-If panel has no result yet.');
      return;
    }
    if (format === 'json') return copyToClipboard('json', JSON.stringify(latest, null, 2));
    const figure = chart && buildChart(chart, latest);
    if (figure && chart) await copyToClipboard('csv', figureCsv(figure), chartTitle(chart));
  }

  dispose(): void {
    if (WhatIfPanel.panels.get(this.setup.target) === this) WhatIfPanel.panels.delete(this.setup.target);
    markActive(this, false);
    this.running?.cancel();
    this.panel.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }

  private applySetup(setup: WhatIfSetup): void {
    this.setup = { ...setup, run: false };
    this.send({ type: 'setup', setup: this.setup });
    if (setup.run && setup.ask) void this.run(setup.ask, withDefaults(setup.scope));
  }

  private fail(error: unknown): void {
    const info = errorInfoOf(error);
    this.status = info.cancelled ? 'cancelled' : 'error';
    this.lastError = info.cancelled ? undefined : info;
    this.send({ type: 'error', error: info.cancelled ? { ...info, message: 'Cancelled.', hint: 'Press Run to simulate it again.' } : info });
    if (!info.cancelled) this.services.log.warn(`what-if on ${this.setup.target} failed: ${info.message}`);
  }

  private async receive(value: unknown): Promise<void> {
    const own = parseWhatIfMessage(value);
    if (own?.type === 'runWhatIf') {
      await this.run(own.ask, own.scope);
      return;
    }
    if (own?.type === 'exportWhatIf') {
      await this.exportRun(own.id);
      return;
    }
    const handled = await routePanelMessage(value, {
      ready: () => this.onReady(),
      rerun: async () => {
        if (this.lastAsk) await this.run(this.lastAsk.ask, this.lastAsk.scope);
      },
      cancel: () => this.cancel(),
      copy: (m) => copyToClipboard(m.format, m.text),
      saveImage: (m) => saveChartImage(this.setup.target, m.format, m.data, m.suggestedName),
      openFile: (m) => openFileAt(m.path, m.line),
    });
    if (!handled) {
      this.services.log.warn('ignored a malformed message from the What-If panel');
      // The form waits for an answer to Run: say it was refused rather than leave it running.
      this.send({ type: 'error', error: { code: 'panel.malformed-message', message: 'The panel sent a request Sightline could not read, so nothing was run.', hint: 'Check the form’s fields and press Run again.' } });
    }
  }

  /**
   * A webview that (re)loads, first or after being hidden, gets the setup, every run (it
   * skips those it kept) and the banner of a run in progress.
   */
  private onReady(): void {
    this.webviewReady = true;
    this.postTheme();
    this.post({ type: 'setup', setup: this.setup });
    for (const run of this.runs) this.post({ type: 'whatIfRun', run });
    if (this.latestStatus && this.status !== 'ready') this.post(this.latestStatus);
  }

  private send(message: HostToWhatIf): void {
    if (message.type === 'progress' || message.type === 'error') this.latestStatus = message;
    if (this.webviewReady) this.post(message);
  }

  private post(message: HostToWhatIf): void {
    void this.panel.webview.postMessage(message);
  }

  private postTheme(): void {
    this.post({ type: 'theme', theme: { forceLight: forceLightSetting() } });
  }
}

/** 200 replicates keep a demo run quick; the panel offers 1000. */
export const DEFAULT_REPLICATES = 200;

export function withDefaults(scope: WhatIfScope): WhatIfScope {
  return { replicates: DEFAULT_REPLICATES, ...scope };
}

function titleOf(target: string, pipeline?: string): string {
  return `What If: ${pipeline ?? targetLabel(target)}`;
}
