import { randomBytes } from 'node:crypto';

/** A fresh nonce per page load: only scripts carrying it may run in the webview. */
export function createNonce(): string {
  return randomBytes(18).toString('base64url');
}

export interface CspAllowances {
  /** Plotly draws images from blob: URLs. */
  blobImages?: boolean;
  /** Fonts from the extension (codicons and the like). */
  fonts?: boolean;
}

/**
 * Every Sightline webview's Content-Security-Policy: nothing by default, scripts only with the
 * page's nonce (no 'unsafe-eval', no network), styles and images from the extension. Inline
 * styles are allowed because plotly sets them.
 */
export function webviewCsp(cspSource: string, nonce: string, allow: CspAllowances = {}): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${cspSource} 'unsafe-inline'`,
    `img-src ${cspSource} data:${allow.blobImages ? ' blob:' : ''}`,
    ...(allow.fonts ? [`font-src ${cspSource}`] : []),
  ].join('; ');
}
