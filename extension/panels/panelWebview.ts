import * as vscode from 'vscode';
import type { Services } from '../services';
import { createNonce, panelHtml } from './panelHtml';

/** What a result panel does when its webview speaks, closes, changes view state or the theme setting changes. */
export interface PanelWebviewHooks {
  receive(message: unknown): void;
  dispose(): void;
  postTheme(): void;
  /** Called at once and whenever the panel becomes active or inactive. */
  viewState(active: boolean): void;
}

/**
 * Loads a result panel's bundle (`dist/webviews/<script>` with plotly, under the strict CSP of
 * panelHtml) and ties the webview's events to the panel; the returned disposables end with it.
 */
export function loadPanelWebview(services: Services, panel: vscode.WebviewPanel, script: string, hooks: PanelWebviewHooks): vscode.Disposable[] {
  panel.iconPath = vscode.Uri.joinPath(services.context.extensionUri, 'media', 'sightline.svg');
  const webview = panel.webview;
  const dist = vscode.Uri.joinPath(services.context.extensionUri, 'dist', 'webviews');
  webview.html = panelHtml({
    title: panel.title,
    cspSource: webview.cspSource,
    nonce: createNonce(),
    plotlyUri: webview.asWebviewUri(vscode.Uri.joinPath(dist, 'plotly.min.js')).toString(),
    scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(dist, script)).toString(),
  });
  const disposables = [
    panel.onDidDispose(() => hooks.dispose()),
    panel.onDidChangeViewState(() => hooks.viewState(panel.active)),
    webview.onDidReceiveMessage((message: unknown) => hooks.receive(message)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('sightline.charts.forceLight')) hooks.postTheme();
    }),
  ];
  hooks.viewState(panel.active);
  return disposables;
}
