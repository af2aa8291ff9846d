/**
 * Panel CSS on VS Code's own theme variables, so the panel matches every color theme.
 * `force-light` (the sightline.charts.forceLight setting) puts the charts on white cards.
 */
export const PANEL_CSS = `
* { box-sizing: border-box; }
body { margin: 0; padding: 0 20px 32px; color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); line-height: 1.5; }
.overview { max-width: 1180px; margin: 0 auto; }
header { padding: 16px 0 4px; }
.title-row { display: flex; align-items: center; gap: 12px; flex-wrap: wrap; }
h1 { font-size: 1.6em; font-weight: 600; margin: 0; flex: 1; }
h2 { font-size: 1.15em; font-weight: 600; margin: 0 0 4px; }
.meta { margin: 2px 0 0; color: var(--vscode-descriptionForeground); overflow-wrap: anywhere; }
.facts { display: flex; flex-wrap: wrap; gap: 6px; margin: 10px 0; padding: 0; list-style: none; }
.facts li { border: 1px solid var(--vscode-panel-border, var(--vscode-widget-border, transparent)); border-radius: 999px; padding: 1px 10px; background: var(--vscode-badge-background); color: var(--vscode-badge-foreground); font-size: 0.92em; }
section.card { border: 1px solid var(--vscode-panel-border, var(--vscode-widget-border, transparent)); border-radius: 6px; padding: 14px 16px; margin: 0 0 16px; background: var(--vscode-editorWidget-background, transparent); }
body.force-light section.card figure.chart { background: #ffffff; border-radius: 4px; }
p.intro, p.note { color: var(--vscode-descriptionForeground); margin: 0 0 10px; }
p.note { font-style: italic; }
button { font: inherit; color: var(--vscode-button-secondaryForeground); background: var(--vscode-button-secondaryBackground); border: 1px solid var(--vscode-button-border, transparent); border-radius: 2px; padding: 2px 10px; cursor: pointer; }
button:hover { background: var(--vscode-button-secondaryHoverBackground); }
button:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 1px; }
button.link { background: none; border: none; padding: 0; color: var(--vscode-textLink-foreground); text-align: left; }
button.link:hover { text-decoration: underline; background: none; }
.actions { display: flex; gap: 6px; align-items: center; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--vscode-panel-border, var(--vscode-widget-border, transparent)); vertical-align: top; }
th { color: var(--vscode-descriptionForeground); font-weight: 600; font-size: 0.85em; text-transform: uppercase; letter-spacing: 0.03em; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.sub { display: block; color: var(--vscode-descriptionForeground); font-size: 0.88em; }
ul.guesses, ul.diagnostics { margin: 8px 0 0; padding-left: 18px; }
ul.diagnostics li { margin: 0 0 6px; }
.sev { font-weight: 600; text-transform: uppercase; font-size: 0.82em; }
.sev-error { color: var(--vscode-errorForeground); }
.sev-warning { color: var(--vscode-editorWarning-foreground); }
.sev-info, .hint { color: var(--vscode-descriptionForeground); }
figure.chart { margin: 0; }
.chart-toolbar { display: flex; justify-content: flex-end; gap: 6px; margin-bottom: 4px; }
.chart-plot { min-height: 220px; }
.banner { display: flex; flex-wrap: wrap; align-items: center; gap: 10px; padding: 10px 14px; margin: 8px 0 16px; border-radius: 4px; border: 1px solid var(--vscode-panel-border, transparent); background: var(--vscode-editorWidget-background); }
.banner p { margin: 0; width: 100%; }
.banner.error { border-color: var(--vscode-inputValidation-errorBorder, var(--vscode-errorForeground)); background: var(--vscode-inputValidation-errorBackground, var(--vscode-editorWidget-background)); }
.banner.error .message { font-weight: 600; }
.banner progress.bar { flex: 1; min-width: 120px; accent-color: var(--vscode-progressBar-background); }
.spinner { width: 12px; height: 12px; border: 2px solid var(--vscode-progressBar-background); border-right-color: transparent; border-radius: 50%; animation: spin 0.9s linear infinite; }
@keyframes spin { to { transform: rotate(360deg); } }
@media (prefers-reduced-motion: reduce) { .spinner { animation: none; } }
`;
