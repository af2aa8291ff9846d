/**
 * The Stage Trace panel's rules on top of the panel's and the dashboard's, on VS Code's theme
 * variables: the stage graph, the record-loss pairs and the lineage path with its diffs.
 */
export const TRACE_CSS = `
.sl-graph-wrap { overflow-x: auto; padding: 4px 0; }
svg.sl-graph { display: block; font-family: var(--vscode-font-family); }
.sl-edge { stroke: var(--vscode-descriptionForeground); stroke-width: 1.6; }
.sl-arrow-head { fill: var(--vscode-descriptionForeground); }
.sl-edge-label { fill: var(--vscode-descriptionForeground); font-size: 11px; }
.sl-stage { cursor: pointer; }
.sl-stage rect { stroke-width: 1.5; }
.sl-stage-ok rect { fill: var(--vscode-editor-background); stroke: #3f9b5a; }
.sl-stage-warn rect { fill: rgba(212, 160, 23, 0.22); stroke: #d4a017; }
.sl-stage-alert rect { fill: rgba(217, 83, 79, 0.24); stroke: #d9534f; }
.sl-stage.sl-reached rect { stroke-dasharray: 5 3; stroke-width: 2.5; }
.sl-stage.sl-first rect { stroke: var(--vscode-focusBorder); stroke-width: 4; stroke-dasharray: none; }
.sl-stage:focus-visible rect { outline: none; stroke: var(--vscode-focusBorder); }
.sl-stage-name { fill: var(--vscode-foreground); font-size: 13px; font-weight: 600; }
.sl-stage-sub { fill: var(--vscode-descriptionForeground); font-size: 11px; }
.sl-first-tag { fill: var(--vscode-focusBorder); font-size: 11px; font-weight: 700; }
.sl-graph-legend { margin-top: 6px; }
.sl-pairs { display: grid; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr)); gap: 12px; margin-top: 12px; }
.sl-pair { border-top: 1px solid var(--vscode-panel-border, var(--vscode-widget-border, transparent)); padding-top: 8px; }
.sl-pair h3, .sl-lineage h3 { font-size: 1em; margin: 0 0 4px; }
.sl-pair-totals { margin: 0 0 4px; font-variant-numeric: tabular-nums; }
.sl-pair-alerts { margin: 0 0 6px; color: var(--vscode-editorWarning-foreground); font-size: 0.92em; }
.sl-pair .chart-plot { min-height: 200px; }
.sl-key-form { display: flex; gap: 6px; align-items: center; margin: 0 0 6px; }
.sl-key-form input { font: inherit; min-width: 240px; padding: 3px 6px; color: var(--vscode-input-foreground); background: var(--vscode-input-background); border: 1px solid var(--vscode-input-border, var(--vscode-panel-border, transparent)); border-radius: 2px; }
.sl-key-form input:focus { outline: 1px solid var(--vscode-focusBorder); }
ol.sl-path { list-style: none; margin: 8px 0; padding: 0; display: flex; flex-direction: column; gap: 6px; }
.sl-path-stage { border-left: 4px solid #3f9b5a; padding: 4px 10px; background: var(--vscode-editor-background); border-radius: 3px; }
.sl-path-stage.sl-status-dropped { border-left-color: #d9534f; }
.sl-path-stage.sl-status-duplicated { border-left-color: #d4a017; }
.sl-path-stage.sl-status-absent, .sl-path-stage.sl-status-no-key { border-left-color: var(--vscode-descriptionForeground); opacity: 0.8; }
.sl-path-head { display: flex; gap: 10px; align-items: baseline; flex-wrap: wrap; }
.sl-cells { display: flex; flex-wrap: wrap; gap: 4px 6px; margin-top: 4px; font-family: var(--vscode-editor-font-family); font-size: 0.92em; }
.sl-cell { border: 1px solid var(--vscode-panel-border, var(--vscode-widget-border, transparent)); border-radius: 3px; padding: 0 6px; }
.sl-cell-name { color: var(--vscode-descriptionForeground); margin-right: 4px; }
.sl-cell-name::after { content: ':'; }
.sl-cell-changed { background: rgba(79, 127, 214, 0.22); border-color: #4f7fd6; font-weight: 600; }
.sl-cell-nulled { background: rgba(217, 83, 79, 0.22); border-color: #d9534f; font-weight: 600; }
.sl-cell-added { background: rgba(63, 155, 90, 0.18); border-color: #3f9b5a; }
.sl-was { color: var(--vscode-descriptionForeground); font-weight: 400; }
table.sl-runs { margin-top: 4px; }
table.sl-ranked-versions td:last-child, table.sl-ranked-versions td:nth-child(3), table.sl-ranked-runs td:nth-child(2), table.sl-ranked-runs td:nth-child(4), table.sl-ranked-runs td:nth-child(5) { white-space: nowrap; }
table.sl-ranked-runs tr.sl-run-began td, table.sl-ranked-versions tr.sl-run-began td { background: rgba(217, 83, 79, 0.16); }
table.sl-ranked-runs tr.sl-version-began td { background: rgba(212, 160, 23, 0.14); }
table.sl-ranked-runs tr.sl-run-began td:last-child, table.sl-ranked-runs tr.sl-version-began td:last-child, table.sl-ranked-versions tr.sl-run-began td:last-child { font-weight: 600; }
`;
