import { webviewCsp } from '../webview/webviewPage';

export { createNonce } from '../webview/webviewPage';

/** The panel's CSP: plotly also draws images from blob: URLs, and fonts come from the extension. */
export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return webviewCsp(cspSource, nonce, { blobImages: true, fonts: true });
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
