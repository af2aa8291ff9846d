import { applyTheme, darkTheme, lightTheme } from '../../core/charts';
import type { ChartTheme, FigureSpec } from '../../core/charts';

/** VS Code marks the notebook webview's body with the theme kind. */
export function notebookTheme(): ChartTheme {
  const classes = document.body.classList;
  if (classes.contains('vscode-high-contrast-light') || classes.contains('vscode-light')) return lightTheme;
  if (classes.contains('vscode-dark') || classes.contains('vscode-high-contrast')) return darkTheme;
  return matchMedia('(prefers-color-scheme: dark)').matches ? darkTheme : lightTheme;
}

/** A figure for the notebook: theme colors on a transparent ground, so it sits on the cell. */
export function notebookFigure(figure: FigureSpec, theme: ChartTheme): FigureSpec {
  const themed = applyTheme(figure, theme);
  return { ...themed, layout: { ...themed.layout, paper_bgcolor: 'rgba(0,0,0,0)', plot_bgcolor: 'rgba(0,0,0,0)' } };
}

/** A figure for a saved image: the theme's own surface, since a file has no cell behind it. */
export function exportFigure(figure: FigureSpec, theme: ChartTheme): FigureSpec {
  return applyTheme(figure, theme);
}

/** Calls `listener` when the user switches the color theme. */
export function watchTheme(listener: () => void): () => void {
  const observer = new MutationObserver(listener);
  observer.observe(document.body, { attributes: true, attributeFilter: ['class'] });
  return () => observer.disconnect();
}
