import * as vscode from 'vscode';
import type { Services } from '../services';
import { LogDocument } from './logDocument';
import { LogEditorSession } from './logEditorSession';
import type { LogEditorInfo } from './logEditorSession';
import { createNonce, logEditorHtml } from './logEditorHtml';

/** The read-only log viewer behind both view types (columnar files and text logs). */
export class LogEditorProvider implements vscode.CustomReadonlyEditorProvider<LogDocument> {
  private readonly sessions = new Set<LogEditorSession>();

  constructor(private readonly services: Services) {}

  /** The open editors, for the integration tests. */
  info(): LogEditorInfo[] {
    return [...this.sessions].map((s) => s.info());
  }

  openCustomDocument(uri: vscode.Uri): LogDocument {
    return new LogDocument(uri);
  }

  resolveCustomEditor(document: LogDocument, panel: vscode.WebviewPanel): void {
    const root = vscode.Uri.joinPath(this.services.context.extensionUri, 'dist', 'webviews');
    panel.webview.options = { enableScripts: true, localResourceRoots: [root] };
    // The session listens before the page loads, so the webview's first 'ready' is never missed.
    const session = new LogEditorSession(document.uri, panel, this.services, () => this.sessions.delete(session));
    this.sessions.add(session);
    panel.webview.html = logEditorHtml({
      cspSource: panel.webview.cspSource,
      scriptUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(root, 'logEditor.js')).toString(),
      nonce: createNonce(),
      title: document.uri.path.split('/').pop() ?? 'log',
    });
  }
}
