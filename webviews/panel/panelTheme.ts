import { darkTheme, lightTheme, type ChartTheme } from '../../core/charts';

/**
 * Chart colors for the current VS Code theme: the body class picks the light or dark palette
 * and the `--vscode-*` variables give background and text, so charts sit on the editor's own
 * colors. `forceLight` (a setting) draws on the plain light theme for screenshots and print.
 */
export function panelTheme(forceLight: boolean): ChartTheme {
  if (forceLight) return lightTheme;
  const classes = document.body.classList;
  const dark = classes.contains('vscode-dark') || (classes.contains('vscode-high-contrast') && !classes.contains('vscode-high-contrast-light'));
  const base = dark ? darkTheme : lightTheme;
  const style = getComputedStyle(document.body);
  const color = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    ...base,
    surface: color('--vscode-editor-background', base.surface),
    page: color('--vscode-editor-background', base.page),
    text: color('--vscode-editor-foreground', base.text),
    muted: color('--vscode-descriptionForeground', base.muted),
    border: color('--vscode-panel-border', base.border),
  };
}

/** Calls `listener` when VS Code switches theme (it swaps the body's classes). */
export function watchThemeClass(listener: () => void): void {
  new MutationObserver(listener).observe(document.body, { attributes: true, attributeFilter: ['class'] });
}
