/** The Slice Explorer's rules on top of the panel's and the dashboard's, on VS Code's theme variables. */
export const SLICES_CSS = `
h3 { font-size: 1em; font-weight: 600; margin: 12px 0 4px; }
ul.sl-notes { margin: 0 0 12px; padding-left: 18px; color: var(--vscode-descriptionForeground); }
tr.sl-slice-row { cursor: pointer; }
tr.sl-slice-row:hover td { background: var(--vscode-list-hoverBackground); }
tr.sl-slice-row:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: -1px; }
tr.sl-slice-row.selected td { background: var(--vscode-list-activeSelectionBackground); color: var(--vscode-list-activeSelectionForeground); }
tr.sl-folded td { color: var(--vscode-disabledForeground, var(--vscode-descriptionForeground)); }
tr.sl-folded.selected td { color: var(--vscode-list-activeSelectionForeground); }
table.sl-slices td:first-child { white-space: nowrap; }
td.sl-predicates { font-family: var(--vscode-editor-font-family); overflow-wrap: anywhere; }
.sl-detail h3 { font-family: var(--vscode-editor-font-family); overflow-wrap: anywhere; }
table.sl-detail-table { width: auto; min-width: 60%; margin-bottom: 8px; }
.sl-detail .actions { margin-top: 8px; }
.sl-profile h3.sl-profile-title { font-family: var(--vscode-editor-font-family); overflow-wrap: anywhere; }
.sl-profile-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(340px, 1fr)); gap: 12px; }
.sl-profile-grid .chart-plot { min-height: 240px; }
`;
