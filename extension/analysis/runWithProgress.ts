import * as vscode from 'vscode';
import type { AnalysisRequest, AnalysisResponse } from '../../core/protocol';
import { AnalysisError, type AnalysisClient } from './analysisClient';

/**
 * Runs a request with a cancellable progress notification. Resolves undefined when the user
 * cancelled; shows input errors as readable messages (with "Open File" when a file is named).
 */
export async function runWithProgress(
  client: AnalysisClient,
  request: AnalysisRequest,
  title: string,
): Promise<AnalysisResponse | undefined> {
  try {
    return await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title, cancellable: true },
      (progress, token) => {
        let last = 0;
        return client.run(request, {
          token,
          onProgress: (p) => {
            const share = p.total ? (p.done / p.total) * 100 : 0;
            progress.report({ message: p.total ? `${p.message} (${p.done}/${p.total})` : p.message, increment: share > last ? share - last : undefined });
            last = Math.max(last, share);
          },
        });
      },
    );
  } catch (error) {
    if (error instanceof AnalysisError && error.info.cancelled) return undefined;
    await showAnalysisError(error);
    return undefined;
  }
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
