/** Slices, trace and lineage outputs; scoped to `.sightline-output`, colors from VS Code's theme variables. */
export const DIAGNOSIS_CSS = `
.sightline-output tr.sl-drill { cursor: pointer; }
.sightline-output tr.sl-drill:hover, .sightline-output .sl-stage-head.sl-drill:hover { background: var(--vscode-list-hoverBackground); }
.sightline-output tr.sl-drill:focus-visible, .sightline-output .sl-stage-head:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: -1px; }
.sightline-output tr.sl-significant td:nth-child(2), .sightline-output table.sl-incidents td:nth-child(2) { font-weight: 600; }
.sightline-output tr.sl-significant td:first-child { box-shadow: inset 3px 0 0 var(--vscode-charts-red, #d9534f); }
.sightline-output tr.sl-folded td { color: var(--vscode-descriptionForeground); }
.sightline-output tr.sl-loss-alert td:first-child { box-shadow: inset 3px 0 0 var(--vscode-charts-red, #d9534f); }
.sightline-output tr.sl-loss-warn td:first-child { box-shadow: inset 3px 0 0 var(--vscode-charts-yellow, #e0a030); }
.sightline-output tr.sl-run-began td:first-child { box-shadow: inset 3px 0 0 var(--vscode-charts-red, #d9534f); }
.sightline-output tr.sl-version-began td:first-child { box-shadow: inset 3px 0 0 var(--vscode-charts-yellow, #e0a030); }
.sightline-output tr.sl-run-began td:last-child, .sightline-output tr.sl-version-began td:last-child { font-weight: 600; }
.sightline-output .sl-table-actions { display: flex; gap: 8px; align-items: center; justify-content: flex-end; margin: 0 0 4px; }
.sightline-output .sl-hint { color: var(--vscode-descriptionForeground); font-size: 0.92em; margin: 0 0 8px; }
.sightline-output ol.sl-path { list-style: none; margin: 4px 0 8px; padding: 0 0 0 14px; border-left: 2px solid var(--vscode-editorWidget-border, rgba(128,128,128,0.45)); }
.sightline-output .sl-stage { margin: 0 0 8px; position: relative; }
.sightline-output .sl-stage::before { content: ''; position: absolute; left: -20px; top: 6px; width: 8px; height: 8px; border-radius: 50%; background: var(--vscode-charts-blue, #6b8fd6); }
.sightline-output .sl-stage.sl-dropped::before { background: var(--vscode-charts-red, #d9534f); }
.sightline-output .sl-stage.sl-absent::before, .sightline-output .sl-stage.sl-no-key::before { background: var(--vscode-descriptionForeground); }
.sightline-output .sl-stage.sl-duplicated::before { background: var(--vscode-charts-yellow, #e0a030); }
.sightline-output .sl-stage.sl-dropped .sl-stage-head .meta { color: var(--vscode-errorForeground); }
.sightline-output .sl-stage-head { padding: 1px 4px; border-radius: 2px; }
.sightline-output .sl-stage-head.sl-drill { cursor: pointer; }
.sightline-output .sl-values { display: flex; flex-wrap: wrap; gap: 2px 14px; font-family: var(--vscode-editor-font-family, monospace); font-size: 0.92em; padding: 2px 4px; }
.sightline-output .sl-col { color: var(--vscode-descriptionForeground); }
.sightline-output .sl-unchanged { color: var(--vscode-descriptionForeground); font-size: 0.92em; padding: 0 4px; }
.sightline-output .sl-diff-line { font-family: var(--vscode-editor-font-family, monospace); font-size: 0.92em; padding: 1px 4px; margin: 1px 0; border-left: 3px solid transparent; }
.sightline-output .sl-what { display: inline-block; min-width: 5.5em; font-weight: 600; }
.sightline-output .sl-diff-line.sl-changed { border-left-color: var(--vscode-charts-yellow, #e0a030); background: color-mix(in srgb, var(--vscode-charts-yellow, #e0a030) 14%, transparent); }
.sightline-output .sl-diff-line.sl-nulled { border-left-color: var(--vscode-charts-red, #d9534f); background: color-mix(in srgb, var(--vscode-charts-red, #d9534f) 14%, transparent); }
.sightline-output .sl-diff-line.sl-added { border-left-color: var(--vscode-charts-green, #3c9a5f); background: color-mix(in srgb, var(--vscode-charts-green, #3c9a5f) 12%, transparent); }
.sightline-output .sl-diff-line.sl-removed { border-left-color: var(--vscode-descriptionForeground); }
.sightline-output dl.sl-outcome { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 4px 0 8px; }
.sightline-output dl.sl-outcome dt { font-weight: 600; }
.sightline-output dl.sl-outcome dd { margin: 0; }
`;
