import { randomBytes } from 'node:crypto';

/** A fresh nonce per page load: only scripts carrying it may run in the webview. */
export function createNonce(): string {
  return randomBytes(18).toString('base64');
}

/**
 * The panel's Content-Security-Policy. Plotly sets inline styles and draws images from data:
 * and blob: URLs, so those are allowed; scripts need the nonce and nothing may be fetched or
 * evaluated (no 'unsafe-eval', no network).
 */
export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${cspSource} 'unsafe-inline'`,
    `img-src ${cspSource} data: blob:`,
    `font-src ${cspSource}`,
  ].join('; ');
}

export interface PanelPage {
  title: string;
  cspSource: string;
  nonce: string;
  /** Webview URIs of plotly.min.js (a classic script that defines `Plotly`) and the panel bundle. */
  plotlyUri: string;
  scriptUri: string;
}

/** The panel's whole page: an empty root the bundle fills in. */
export function panelHtml(page: PanelPage): string {
  const nonce = escapeAttribute(page.nonce);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(contentSecurityPolicy(page.cspSource, page.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeText(page.title)}</title>
</head>
<body>
<main id="app" aria-live="polite"><p class="status">Starting…</p></main>
<script nonce="${nonce}" src="${escapeAttribute(page.plotlyUri)}"></script>
<script nonce="${nonce}" type="module" src="${escapeAttribute(page.scriptUri)}"></script>
</body>
</html>`;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
