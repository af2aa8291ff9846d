import type { Axis, ColorScale, FigureSpec, Layout, Trace } from './figure';
import { DARK_SCORE_SCALE, isScoreScale, LIGHT_SCORE_SCALE } from './scoreScale';

/**
 * Colors shared by the page CSS and the plotly layout, so a chart matches the page around it
 * in light and dark mode (and a downloaded PNG keeps the background it was shown on).
 */
export interface ChartTheme {
  name: 'light' | 'dark';
  page: string;
  surface: string;
  text: string;
  muted: string;
  grid: string;
  border: string;
  accent: string;
  warning: string;
  error: string;
  colorway: string[];
  /** Sequential scale for "more is worse" shares such as null rates. */
  badScale: ColorScale;
  /** Monitoring scores: ok, warn (4) and alert (6) bands. */
  scoreScale: ColorScale;
}

export const lightTheme: ChartTheme = {
  name: 'light',
  page: '#f6f8fa',
  surface: '#ffffff',
  text: '#1f2328',
  muted: '#59636e',
  grid: '#e6e8eb',
  border: '#d0d7de',
  accent: '#0969da',
  warning: '#9a6700',
  error: '#cf222e',
  colorway: ['#2563eb', '#d97706', '#059669', '#db2777', '#7c3aed', '#0891b2', '#65a30d', '#dc2626'],
  badScale: [[0, '#f1f5f9'], [0.35, '#fde68a'], [0.7, '#f97316'], [1, '#b91c1c']],
  scoreScale: LIGHT_SCORE_SCALE,
};

export const darkTheme: ChartTheme = {
  name: 'dark',
  page: '#0d1117',
  surface: '#161b22',
  text: '#e6edf3',
  muted: '#9198a1',
  grid: '#2a313c',
  border: '#3d444d',
  accent: '#4493f8',
  warning: '#d29922',
  error: '#f85149',
  colorway: ['#60a5fa', '#fbbf24', '#34d399', '#f472b6', '#a78bfa', '#22d3ee', '#a3e635', '#f87171'],
  badScale: [[0, '#1f2630'], [0.35, '#7c5a10'], [0.7, '#d9622b'], [1, '#ff8f80']],
  scoreScale: DARK_SCORE_SCALE,
};

export const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

function themeAxis(axis: Axis | undefined, theme: ChartTheme): Axis | undefined {
  if (!axis) return undefined;
  return { ...axis, gridcolor: theme.grid, linecolor: theme.border, zerolinecolor: theme.border };
}

/** Heat maps: score maps keep their warn/alert bands in the theme's colors; the rest use the theme's "bad" scale. */
function themeTrace(trace: Trace, theme: ChartTheme): Trace {
  if (trace.type !== 'heatmap') return trace;
  return { ...trace, colorscale: isScoreScale(trace.colorscale) ? theme.scoreScale : theme.badScale };
}

/** Returns a copy of `figure` colored for `theme`; builders stay theme-free. */
export function applyTheme(figure: FigureSpec, theme: ChartTheme): FigureSpec {
  const layout: Layout = {
    ...figure.layout,
    paper_bgcolor: theme.surface,
    plot_bgcolor: theme.surface,
    font: { family: FONT_FAMILY, size: 13, color: theme.text },
    colorway: theme.colorway,
    hoverlabel: { bgcolor: theme.surface, bordercolor: theme.border, font: { color: theme.text } },
    xaxis: themeAxis(figure.layout.xaxis, theme),
    yaxis: themeAxis(figure.layout.yaxis, theme),
    yaxis2: themeAxis(figure.layout.yaxis2, theme),
  };
  for (const key of ['xaxis', 'yaxis', 'yaxis2'] as const) if (!layout[key]) delete layout[key];
  return { ...figure, data: figure.data.map((t) => themeTrace(t, theme)), layout };
}
