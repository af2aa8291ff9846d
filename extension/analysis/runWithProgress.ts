import * as vscode from 'vscode';
import type { AnalysisRequest, AnalysisResponse, ProgressInfo } from '../../core/protocol';
import { AnalysisError, type AnalysisClient } from './analysisClient';

export interface ProgressOptions {
  /** Cancels the run as the notification's Cancel button does. */
  token?: vscode.CancellationToken;
  /** Also told every progress step (a panel mirrors it in its banner). */
  onProgress?: (progress: ProgressInfo) => void;
}

/**
 * Runs a request with a cancellable progress notification. Resolves undefined when the user
 * cancelled; shows input errors as readable messages (with "Open File" when a file is named).
 */
export async function runWithProgress(
  client: AnalysisClient,
  request: AnalysisRequest,
  title: string,
  options: ProgressOptions = {},
): Promise<AnalysisResponse | undefined> {
  try {
    return await withAnalysisProgress(client, request, title, options);
  } catch (error) {
    if (error instanceof AnalysisError && error.info.cancelled) return undefined;
    await showAnalysisError(error);
    return undefined;
  }
}

/** The same notification, for callers that show the error themselves: rejects with an AnalysisError. */
export function withAnalysisProgress(client: AnalysisClient, request: AnalysisRequest, title: string, options: ProgressOptions = {}): Thenable<AnalysisResponse> {
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, (progress, token) => {
    const source = new vscode.CancellationTokenSource();
    const subscriptions = [token.onCancellationRequested(() => source.cancel()), ...(options.token ? [options.token.onCancellationRequested(() => source.cancel())] : [])];
    if (options.token?.isCancellationRequested) source.cancel();
    let last = 0;
    return client
      .run(request, {
        token: source.token,
        onProgress: (p) => {
          const share = p.total ? (p.done / p.total) * 100 : 0;
          progress.report({ message: p.total ? `${p.message} (${p.done}/${p.total})` : p.message, increment: share > last ? share - last : undefined });
          last = Math.max(last, share);
          options.onProgress?.(p);
        },
      })
      .finally(() => {
        subscriptions.forEach((s) => s.dispose());
        source.dispose();
      });
  });
}

export async function showAnalysisError(error: unknown): Promise<void> {
  const info = error instanceof AnalysisError ? error.info : { code: 'internal', message: String(error) };
  const text = `Sightline: ${info.message}${'hint' in info && info.hint ? ` — ${info.hint}` : ''}`;
  const file = 'file' in info ? info.file : undefined;
  const choice = await vscode.window.showErrorMessage(text, ...(file ? ['Open File'] : []));
  if (choice === 'Open File' && file) {
    const line = 'line' in info && info.line ? info.line - 1 : 0;
    await vscode.window.showTextDocument(vscode.Uri.file(file), { selection: new vscode.Range(line, 0, line, 0) });
  }
}
