/** The What-If panel's rules on top of the panel's and the dashboard's, on VS Code's theme variables. */
export const WHATIF_CSS = `
.wi-fields { display: flex; flex-wrap: wrap; gap: 10px 16px; align-items: flex-end; margin: 6px 0 10px; }
.wi-options { display: contents; }
label.wi-field { display: flex; flex-direction: column; gap: 2px; font-size: 0.92em; color: var(--vscode-descriptionForeground); }
label.wi-field select, label.wi-field input { font: inherit; color: var(--vscode-input-foreground, var(--vscode-foreground)); background: var(--vscode-input-background, var(--vscode-dropdown-background)); border: 1px solid var(--vscode-input-border, var(--vscode-dropdown-border, var(--vscode-panel-border))); border-radius: 2px; padding: 2px 6px; min-width: 120px; }
label.wi-field input[type=number] { width: 90px; min-width: 0; }
label.wi-breakdown { flex-direction: row; align-items: center; gap: 8px; margin: 0 0 6px; }
button.primary { color: var(--vscode-button-foreground); background: var(--vscode-button-background); }
button.primary:hover { background: var(--vscode-button-hoverBackground); }
button:disabled { opacity: 0.5; cursor: default; }
.wi-form .actions .hint { margin-left: 8px; }
.wi-scope button { margin-left: 6px; }
.wi-remediation { margin: 0 0 6px; color: var(--vscode-descriptionForeground); overflow-wrap: anywhere; }
.wi-headline { display: flex; align-items: center; gap: 10px; flex-wrap: wrap; margin-bottom: 6px; }
.wi-headline h2 { margin: 0; font-size: 1.3em; font-variant-numeric: tabular-nums; }
.wi-badge { border-radius: 3px; padding: 1px 8px; font-weight: 600; font-size: 0.9em; text-transform: uppercase; letter-spacing: 0.03em; color: #fff; background: #8a8f98; }
.wi-badge.wi-helps { background: #2f7d4f; }
.wi-badge.wi-hurts { background: #b33a36; }
.wi-badge.wi-no-interval { background: #6b7079; }
td.wi-verdict-cell.wi-helps { color: var(--vscode-testing-iconPassed, #2f9e62); font-weight: 600; }
td.wi-verdict-cell.wi-hurts { color: var(--vscode-errorForeground, #d9534f); font-weight: 600; }
tr.wi-primary td { font-weight: 600; }
tr.wi-run { cursor: pointer; }
tr.wi-run:hover td { background: var(--vscode-list-hoverBackground); }
tr.wi-run:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: -1px; }
tr.wi-run.selected td { background: var(--vscode-list-inactiveSelectionBackground); }
td.wi-params { font-family: var(--vscode-editor-font-family); font-size: 0.92em; }
ul.wi-assumptions { margin: 0; padding-left: 18px; }
.wi-scroll { max-height: 360px; overflow-y: auto; }
.wi-scroll thead th { position: sticky; top: 0; background: var(--vscode-editorWidget-background, var(--vscode-editor-background)); }
td.wi-row-actions .actions, td.wi-verdict-cell { white-space: nowrap; }
ul.wi-assumptions li { margin: 0 0 4px; }
`;
