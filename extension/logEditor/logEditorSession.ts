import * as vscode from 'vscode';
import type { AnalysisRequest, AnalysisResponse, ErrorInfo, HostToLogEditor, LogEditorToHost, ProgressInfo } from '../../core/protocol';
import { toErrorInfo } from '../../core/io/errors';
import { AnalysisError } from '../analysis/analysisClient';
import type { Services } from '../services';

// The webview asks for 200 rows; a bigger page would only mean a malformed message.
const MAX_PAGE_ROWS = 10_000;
const PROGRESS_INTERVAL_MS = 100;
const RELOAD_DELAY_MS = 500;

/** What an editor has shown, for the integration tests (`sightline.internal.logEditors`). */
export interface LogEditorInfo {
  file: string;
  webviewReady: boolean;
  status: 'loading' | 'ready' | 'error';
  rowCount?: number;
  pagesSent: number[];
  error?: string;
}

/**
 * One editor of a log file: answers its webview from the analysis worker. Everything it asked
 * for is cancelled when the editor closes, and a changed file is summarized again.
 */
export class LogEditorSession implements vscode.Disposable {
  private readonly cancellation = new vscode.CancellationTokenSource();
  private readonly disposables: vscode.Disposable[] = [];
  private reloadTimer?: ReturnType<typeof setTimeout>;
  private disposed = false;
  private readonly shown: LogEditorInfo;

  constructor(
    private readonly uri: vscode.Uri,
    private readonly panel: vscode.WebviewPanel,
    private readonly services: Services,
    private readonly onDispose: () => void = () => {},
  ) {
    this.shown = { file: uri.fsPath, webviewReady: false, status: 'loading', pagesSent: [] };
    this.disposables.push(
      panel.webview.onDidReceiveMessage((message: LogEditorToHost) => void this.receive(message)),
      panel.onDidDispose(() => this.dispose()),
    );
    if (uri.scheme === 'file') this.watch();
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.reloadTimer);
    this.cancellation.cancel();
    this.cancellation.dispose();
    for (const d of this.disposables) d.dispose();
    this.onDispose();
  }

  info(): LogEditorInfo {
    return { ...this.shown, pagesSent: [...this.shown.pagesSent] };
  }

  private async receive(message: LogEditorToHost): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.shown.webviewReady = true;
        return this.sendSummary();
      case 'requestPage':
        return this.sendPage(message.offset, message.limit);
      case 'copy':
        await vscode.env.clipboard.writeText(message.text);
        vscode.window.setStatusBarMessage(`Sightline: copied ${message.format.toUpperCase()} to the clipboard`, 3000);
        return;
    }
  }

  private async sendSummary(): Promise<void> {
    if (this.uri.scheme !== 'file') {
      this.post({
        type: 'error',
        error: { code: 'logEditor.not-local', message: `Sightline reads local files only; ${this.uri.toString()} is not one.`, hint: 'Copy the file to a local folder and open it there.' },
      });
      return;
    }
    const response = await this.run({ kind: 'logSummary', file: this.uri.fsPath }, this.progressPoster());
    if (response?.kind !== 'logSummary') return;
    Object.assign(this.shown, { status: 'ready', rowCount: response.summary.rowCount, error: undefined });
    this.post({ type: 'summary', summary: response.summary });
  }

  private async sendPage(offset: number, limit: number): Promise<void> {
    if (!Number.isInteger(offset) || !Number.isInteger(limit) || offset < 0 || limit < 0) return;
    const response = await this.run({ kind: 'logPage', file: this.uri.fsPath, offset, limit: Math.min(limit, MAX_PAGE_ROWS) });
    if (response?.kind !== 'logPage') return;
    this.shown.pagesSent.push(response.page.offset);
    this.post({ type: 'page', page: response.page });
  }

  private async run(request: AnalysisRequest, onProgress?: (progress: ProgressInfo) => void): Promise<AnalysisResponse | undefined> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.services.analysis.run(request, { token: this.cancellation.token, onProgress });
      } catch (error) {
        if (this.disposed) return undefined;
        const info: ErrorInfo = error instanceof AnalysisError ? error.info : toErrorInfo(error);
        // Editors of one file share the worker's read; if another editor closed mid-read, that read was cancelled, not ours.
        if (info.cancelled && attempt === 0) continue;
        this.services.log.warn(`log editor: ${request.kind} of ${this.uri.fsPath} failed: ${info.message}`);
        Object.assign(this.shown, { status: 'error', error: info.message });
        this.post({ type: 'error', error: info });
        return undefined;
      }
    }
  }

  /** Forwards worker progress, at most every 100 ms unless the stage changes. */
  private progressPoster(): (progress: ProgressInfo) => void {
    let last = 0;
    let lastMessage = '';
    return (progress) => {
      const now = Date.now();
      if (progress.message === lastMessage && now - last < PROGRESS_INTERVAL_MS) return;
      last = now;
      lastMessage = progress.message;
      this.post({ type: 'progress', progress });
    };
  }

  private watch(): void {
    const folder = vscode.Uri.joinPath(this.uri, '..');
    const name = this.uri.path.split('/').pop() ?? '';
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, name));
    const reload = () => {
      clearTimeout(this.reloadTimer);
      // Writers append in bursts: wait until the file is quiet before reading it again.
      this.reloadTimer = setTimeout(() => void this.sendSummary(), RELOAD_DELAY_MS);
    };
    const deleted = () => {
      clearTimeout(this.reloadTimer);
      Object.assign(this.shown, { status: 'error', error: 'deleted' });
      this.post({ type: 'error', error: { code: 'logEditor.deleted', message: `${this.uri.fsPath} was deleted.`, file: this.uri.fsPath, hint: 'Retry once the file is back.' } });
    };
    this.disposables.push(watcher, watcher.onDidChange(reload), watcher.onDidCreate(reload), watcher.onDidDelete(deleted));
  }

  private post(message: HostToLogEditor): void {
    if (!this.disposed) void this.panel.webview.postMessage(message);
  }
}
