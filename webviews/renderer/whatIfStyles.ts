/** What-if outputs; scoped to `.sightline-output`, colors from VS Code's theme variables. */
export const WHATIF_CSS = `
.sightline-output .sl-whatif-headline { border-left: 4px solid var(--vscode-descriptionForeground); padding: 4px 10px; margin: 0 0 8px; background: color-mix(in srgb, var(--vscode-descriptionForeground) 8%, transparent); }
.sightline-output .sl-whatif-headline p { margin: 2px 0; }
.sightline-output .sl-whatif-headline .sl-verdict { font-size: 1.1em; }
.sightline-output .sl-verdict-helps { border-left-color: var(--vscode-charts-green, #2f9e62); background: color-mix(in srgb, var(--vscode-charts-green, #2f9e62) 10%, transparent); }
.sightline-output .sl-verdict-hurts { border-left-color: var(--vscode-charts-red, #d9534f); background: color-mix(in srgb, var(--vscode-charts-red, #d9534f) 10%, transparent); }
.sightline-output .sl-whatif-figures { font-variant-numeric: tabular-nums; }
.sightline-output .sl-whatif-note { color: var(--vscode-editorWarning-foreground, #9a6700); }
.sightline-output .sl-whatif-note::before { content: '⚠ '; }
.sightline-output pre.sl-whatif-export { font-family: var(--vscode-editor-font-family, monospace); font-size: 0.92em; padding: 6px 8px; margin: 0 0 8px; max-height: 16em; overflow: auto; background: var(--vscode-textCodeBlock-background, rgba(128,128,128,0.12)); }
`;
