import { randomBytes } from 'node:crypto';

export interface LogEditorPage {
  /** `webview.cspSource`. */
  cspSource: string;
  /** The webview URI of dist/webviews/logEditor.js. */
  scriptUri: string;
  nonce: string;
  title: string;
}

export function createNonce(): string {
  return randomBytes(18).toString('base64url');
}

/** The CSP allows only our nonce'd bundle: no inline script, no network, images from the extension or data: only. */
export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${cspSource} 'unsafe-inline'`,
    `img-src ${cspSource} data:`,
  ].join('; ');
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
