// Colors come from VS Code's --vscode-* variables so light, dark and high-contrast themes all
// apply; the fallbacks only matter when the page is opened outside VS Code (tests, previews).
export const STYLES = `
:root { color-scheme: light dark; }
html, body { height: 100%; margin: 0; padding: 0; }
body {
  display: flex; flex-direction: column; overflow: hidden;
  font-family: var(--vscode-font-family, system-ui, sans-serif);
  font-size: var(--vscode-font-size, 13px);
  color: var(--vscode-editor-foreground, #1f1f1f);
  background: var(--vscode-editor-background, #ffffff);
}
button, input { font: inherit; }
.toolbar {
  display: flex; flex-wrap: wrap; align-items: center; gap: 6px 12px; padding: 6px 10px;
  border-bottom: 1px solid var(--vscode-panel-border, var(--vscode-contrastBorder, #e5e5e5));
}
.toolbar .title { font-weight: 600; }
.toolbar .meta, .dim { color: var(--vscode-descriptionForeground, #717171); }
.toolbar .spacer { flex: 1; }
.toolbar .group { display: flex; align-items: center; gap: 4px; }
.toolbar button {
  padding: 2px 10px; border-radius: 2px; cursor: pointer;
  color: var(--vscode-button-secondaryForeground, #1f1f1f);
  background: var(--vscode-button-secondaryBackground, #e5e5e5);
  border: 1px solid var(--vscode-button-border, transparent);
}
.toolbar button:hover:not(:disabled) { background: var(--vscode-button-secondaryHoverBackground, #d0d0d0); }
.toolbar button.primary { color: var(--vscode-button-foreground, #fff); background: var(--vscode-button-background, #005fb8); }
.toolbar button.primary:hover:not(:disabled) { background: var(--vscode-button-hoverBackground, #0258a8); }
.toolbar button:disabled { opacity: 0.5; cursor: default; }
button:focus-visible, input:focus-visible { outline: 1px solid var(--vscode-focusBorder, #005fb8); outline-offset: 1px; }
.toolbar input {
  width: 9ch; padding: 2px 4px;
  color: var(--vscode-input-foreground, #1f1f1f); background: var(--vscode-input-background, #fff);
  border: 1px solid var(--vscode-input-border, var(--vscode-contrastBorder, #cecece));
}
.toolbar .range { font-variant-numeric: tabular-nums; min-width: 18ch; }
.banner { padding: 6px 10px; border-bottom: 1px solid var(--vscode-panel-border, #e5e5e5); }
.banner[hidden] { display: none; }
.banner.error {
  color: var(--vscode-errorForeground, #a1260d);
  background: var(--vscode-inputValidation-errorBackground, #f2dede);
  border: 1px solid var(--vscode-inputValidation-errorBorder, #be1100);
}
.banner.error .hint, .banner.error .where { color: var(--vscode-editor-foreground, #1f1f1f); margin-top: 2px; }
.banner.error .where { font-family: var(--vscode-editor-font-family, monospace); }
.banner.error button { margin-top: 4px; }
.banner.warning { background: var(--vscode-inputValidation-warningBackground, #fff4ce); border: 1px solid var(--vscode-inputValidation-warningBorder, #b89500); }
.banner.warning li { font-family: var(--vscode-editor-font-family, monospace); }
.progress .track { height: 3px; margin-top: 4px; background: var(--vscode-panel-border, #e5e5e5); overflow: hidden; }
.progress .bar { height: 100%; width: 0; background: var(--vscode-progressBar-background, #005fb8); transition: width 0.1s; }
.progress .bar.indeterminate { width: 30%; animation: slide 1.2s linear infinite; }
@keyframes slide { from { transform: translateX(-100%); } to { transform: translateX(340%); } }
.scroller { flex: 1; overflow: auto; position: relative; }
.scroller.loading tbody { opacity: 0.45; }
table { border-collapse: separate; border-spacing: 0; font-variant-numeric: tabular-nums; }
thead { position: sticky; top: 0; z-index: 2; }
th {
  text-align: left; vertical-align: top; font-weight: normal; padding: 4px 8px;
  background: var(--vscode-editorWidget-background, #f8f8f8);
  border-bottom: 1px solid var(--vscode-panel-border, var(--vscode-contrastBorder, #e5e5e5));
  border-right: 1px solid var(--vscode-panel-border, var(--vscode-contrastBorder, #e5e5e5));
}
th .name { font-weight: 600; white-space: nowrap; }
th .info { white-space: nowrap; font-size: 0.9em; color: var(--vscode-descriptionForeground, #717171); }
th .type {
  display: inline-block; padding: 0 4px; margin-right: 4px; border-radius: 3px; font-size: 0.85em;
  color: var(--vscode-badge-foreground, #fff); background: var(--vscode-badge-background, #616161);
}
th .hist { display: block; margin: 4px 0 2px; }
th .hist rect { fill: var(--vscode-charts-blue, #1a85ff); }
th .hist rect:hover { fill: var(--vscode-charts-orange, #d18616); }
th .range { font-size: 0.85em; white-space: nowrap; color: var(--vscode-descriptionForeground, #717171); }
th.num { text-align: right; }
td {
  padding: 2px 8px; white-space: pre; max-width: 40ch; overflow: hidden; text-overflow: ellipsis;
  font-family: var(--vscode-editor-font-family, ui-monospace, monospace);
  font-size: var(--vscode-editor-font-size, 12px);
  border-right: 1px solid var(--vscode-editorGroup-border, transparent);
}
td.number { text-align: right; }
td.null { color: var(--vscode-disabledForeground, #9a9a9a); font-style: italic; }
td.rownum, th.rownum {
  position: sticky; left: 0; z-index: 1; text-align: right; user-select: none;
  color: var(--vscode-editorLineNumber-foreground, #6e7681);
  background: var(--vscode-editor-background, #fff);
}
th.rownum { z-index: 3; background: var(--vscode-editorWidget-background, #f8f8f8); }
tbody tr:hover td { background: var(--vscode-list-hoverBackground, #f0f0f0); }
tbody tr.target td { background: var(--vscode-editor-findMatchHighlightBackground, rgba(234, 92, 0, 0.33)); }
/* High contrast themes have no highlight color: mark the row with their active border instead. */
body.vscode-high-contrast tbody tr.target td, body.vscode-high-contrast-light tbody tr.target td {
  background: transparent;
  border-top: 1px solid var(--vscode-contrastActiveBorder, #f38518);
  border-bottom: 1px solid var(--vscode-contrastActiveBorder, #f38518);
}
.empty { padding: 16px; color: var(--vscode-descriptionForeground, #717171); }
.keys { padding: 3px 10px; font-size: 0.85em; color: var(--vscode-descriptionForeground, #717171); border-top: 1px solid var(--vscode-panel-border, #e5e5e5); }
`;
