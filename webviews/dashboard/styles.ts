/**
 * The dashboard's own rules on top of the panel's (webviews/panel/styles.ts), on VS Code's
 * theme variables: the alert list, the drift table and the selected cell.
 */
export const DASHBOARD_CSS = `
.dashboard { max-width: 1180px; margin: 0 auto; }
ul.sl-alerts { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 4px; max-height: 340px; overflow-y: auto; }
.sl-alert-body { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 10px; width: 100%; text-align: left; padding: 6px 10px; border-radius: 4px; border: 1px solid var(--vscode-panel-border, var(--vscode-widget-border, transparent)); background: transparent; color: var(--vscode-foreground); font: inherit; }
button.sl-alert-body { cursor: pointer; }
button.sl-alert-body:hover { background: var(--vscode-list-hoverBackground); }
button.sl-alert-body.selected { background: var(--vscode-list-activeSelectionBackground); color: var(--vscode-list-activeSelectionForeground); border-color: var(--vscode-focusBorder); }
.sl-alert-none { color: var(--vscode-descriptionForeground); font-style: italic; }
.sl-sev { font-weight: 700; text-transform: uppercase; font-size: 0.78em; padding: 0 6px; border-radius: 3px; color: #fff; }
.sl-sev-alert { background: #c93c37; }
.sl-sev-warn { background: #b7791f; }
.sl-kind { font-weight: 600; }
.sl-where { font-family: var(--vscode-editor-font-family); }
.sl-when { color: var(--vscode-descriptionForeground); font-size: 0.92em; }
button.sl-alert-body.selected .sl-when { color: inherit; }
.sl-evidence, .sl-slice { flex-basis: 100%; font-size: 0.92em; }
.sl-slice { font-style: italic; }
.sl-table-actions { display: flex; gap: 8px; align-items: center; justify-content: flex-end; margin-bottom: 4px; }
table.sl-drift tr.sl-drifted td:first-child { font-weight: 700; }
table.sl-drift tr.sl-drifted td { background: var(--vscode-inputValidation-warningBackground, transparent); }
ul.sl-skipped { margin: 8px 0 0; padding-left: 18px; color: var(--vscode-descriptionForeground); }
.cell-detail { font-weight: 600; margin: 0 0 6px; overflow-wrap: anywhere; }
.selection .banner { display: block; }
`;
