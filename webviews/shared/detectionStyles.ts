/**
 * Styles of the shared detection pieces (alertList, driftTable), for any webview that shows
 * them; colors come from VS Code's theme variables, with fallbacks for standalone pages.
 */
export const DETECTION_CSS = `
.sl-alerts { list-style: none; margin: 4px 0 12px; padding: 0; display: flex; flex-direction: column; gap: 4px; }
.sl-alert-body { display: grid; grid-template-columns: auto auto 1fr; column-gap: 10px; row-gap: 2px; align-items: baseline; width: 100%; box-sizing: border-box; text-align: left; font: inherit; color: inherit; background: transparent; border: 1px solid var(--vscode-editorWidget-border, rgba(128,128,128,0.35)); border-radius: 3px; padding: 6px 10px; }
button.sl-alert-body, .sightline-output button.sl-alert-body { cursor: pointer; background: transparent; color: inherit; border-radius: 3px; padding: 6px 10px; }
button.sl-alert-body:hover { background: var(--vscode-list-hoverBackground, rgba(128,128,128,0.12)); }
button.sl-alert-body:focus-visible { outline: 1px solid var(--vscode-focusBorder, #0969da); outline-offset: 1px; }
.sl-alert-none { color: var(--vscode-descriptionForeground, #59636e); }
.sl-sev { font-weight: 600; text-transform: uppercase; font-size: 0.85em; letter-spacing: 0.03em; }
.sl-sev-alert { color: var(--vscode-errorForeground, #cf222e); }
.sl-sev-warn { color: var(--vscode-editorWarning-foreground, #9a6700); }
.sl-kind { font-weight: 600; }
.sl-where { font-family: var(--vscode-editor-font-family, monospace); justify-self: start; background: transparent; padding: 0; }
.sl-when, .sl-evidence, .sl-slice { grid-column: 1 / -1; }
.sl-when { color: var(--vscode-descriptionForeground, #59636e); font-size: 0.92em; }
.sl-slice { font-style: italic; }
.sl-table-actions { display: flex; align-items: center; gap: 8px; margin: 4px 0; }
.sl-drift td, .sl-drift th { vertical-align: top; }
.sl-drift td.num { white-space: nowrap; }
.sl-drift td:last-child { min-width: 10em; max-width: 40em; }
.sl-drift tr.sl-drifted td:first-child { font-weight: 600; color: var(--vscode-errorForeground, #cf222e); }
.sl-skipped { margin: 4px 0 0; padding-left: 18px; color: var(--vscode-descriptionForeground, #59636e); }
.sl-cell-detail { margin: 4px 0 0; color: var(--vscode-descriptionForeground, #59636e); font-weight: normal; }
`;
