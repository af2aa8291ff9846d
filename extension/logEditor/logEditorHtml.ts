import { webviewCsp } from '../webview/webviewPage';

export { createNonce } from '../webview/webviewPage';

export interface LogEditorPage {
  /** `webview.cspSource`. */
  cspSource: string;
  /** The webview URI of dist/webviews/logEditor.js. */
  scriptUri: string;
  nonce: string;
  title: string;
}

/** The log viewer draws its histograms as inline SVG: no blob: images, no fonts. */
export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return webviewCsp(cspSource, nonce);
}

export function logEditorHtml(page: LogEditorPage): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(page.cspSource, page.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(page.title)}</title>
</head>
<body>
<script type="module" nonce="${escapeHtml(page.nonce)}" src="${escapeHtml(page.scriptUri)}"></script>
</body>
</html>`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
