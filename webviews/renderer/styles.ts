import { DETECTION_CSS } from '../shared/detectionStyles';
import { DIAGNOSIS_CSS } from './diagnosisStyles';
import { WHATIF_CSS } from './whatIfStyles';

/** Scoped to `.sightline-output`; colors come from VS Code's theme variables. */
export const RENDERER_CSS = `
.sightline-output { font-family: var(--vscode-font-family, system-ui, sans-serif); font-size: var(--vscode-font-size, 13px); color: var(--vscode-foreground); }
.sightline-output header { display: flex; align-items: baseline; gap: 12px; flex-wrap: wrap; margin: 0 0 8px; }
.sightline-output h3 { font-size: 1.1em; margin: 0; }
.sightline-output h4 { font-size: 1em; margin: 10px 0 4px; }
.sightline-output .meta { color: var(--vscode-descriptionForeground); }
.sightline-output .actions { margin-left: auto; display: flex; gap: 6px; }
.sightline-output button { font: inherit; color: var(--vscode-button-secondaryForeground, var(--vscode-foreground)); background: var(--vscode-button-secondaryBackground, transparent); border: 1px solid var(--vscode-button-border, var(--vscode-contrastBorder, transparent)); border-radius: 2px; padding: 2px 8px; cursor: pointer; }
.sightline-output button:hover { background: var(--vscode-button-secondaryHoverBackground, var(--vscode-toolbar-hoverBackground)); }
.sightline-output button:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 1px; }
.sightline-output figure { margin: 0 0 12px; }
.sightline-output figcaption { display: flex; align-items: center; gap: 6px; font-weight: 600; margin: 4px 0; }
.sightline-output figcaption span { flex: 1; }
.sightline-output .plot { min-height: 240px; }
.sightline-output .status { color: var(--vscode-descriptionForeground); font-weight: normal; }
.sightline-output table { border-collapse: collapse; margin: 4px 0 8px; }
.sightline-output th, .sightline-output td { text-align: left; padding: 3px 10px; border-bottom: 1px solid var(--vscode-editorWidget-border, var(--vscode-panel-border, rgba(128,128,128,0.35))); }
.sightline-output th { color: var(--vscode-descriptionForeground); font-weight: 600; }
.sightline-output .num { text-align: right; font-variant-numeric: tabular-nums; }
.sightline-output .sub { display: block; color: var(--vscode-descriptionForeground); font-size: 0.88em; }
.sightline-output .table-wrap { overflow-x: auto; }
.sightline-output ul.guesses { margin: 4px 0 0; padding-left: 18px; color: var(--vscode-descriptionForeground); }
.sightline-output .diagnostic { margin: 2px 0; }
.sightline-output .sev-error { color: var(--vscode-errorForeground); }
.sightline-output .sev-warning { color: var(--vscode-editorWarning-foreground); }
${DETECTION_CSS}${DIAGNOSIS_CSS}${WHATIF_CSS}`;
