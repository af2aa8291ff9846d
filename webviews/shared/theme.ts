import { darkTheme, lightTheme } from '../../core/charts';
import type { ChartTheme } from '../../core/charts';

const darkQuery = '(prefers-color-scheme: dark)';

/** VS Code marks its webviews with a theme class; a standalone page follows the OS setting. */
export function currentTheme(): ChartTheme {
  const classes = document.body.classList;
  if (classes.contains('vscode-dark') || classes.contains('vscode-high-contrast')) return darkTheme;
  if (classes.contains('vscode-light')) return lightTheme;
  return matchMedia(darkQuery).matches ? darkTheme : lightTheme;
}

export function onThemeChange(listener: () => void): void {
  matchMedia(darkQuery).addEventListener('change', listener);
}
