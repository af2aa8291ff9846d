import type { ColorScale, HeatmapTrace } from './figure';

// Scores above this all read as "far past the alert line"; a 400 would otherwise wash out the rest.
export const SCORE_CAP = 12;

// Warn at 4, alert at 6 (core/monitor/robustRule): green below, amber between, red above.
const stops = (ok: [string, string], warn: [string, string], alert: [string, string]): ColorScale => [
  [0, ok[0]],
  [3.9 / SCORE_CAP, ok[1]],
  [4 / SCORE_CAP, warn[0]],
  [5.9 / SCORE_CAP, warn[1]],
  [6 / SCORE_CAP, alert[0]],
  [1, alert[1]],
];

/** What builders put on score heat maps; the theme swaps it for its own (see applyTheme). */
export const LIGHT_SCORE_SCALE = stops(['#e8f1ea', '#b7d7bd'], ['#f3c969', '#eba13a'], ['#d9534f', '#8b1e1b']);
// Dark: a quiet ground for "ok" so the warn and alert cells carry the picture.
export const DARK_SCORE_SCALE = stops(['#1c2a22', '#2f5a3e'], ['#9a7a1c', '#c98a2a'], ['#c94a44', '#ff9a8f']);

export function isScoreScale(scale: ColorScale | undefined): boolean {
  return !!scale && JSON.stringify(scale) === JSON.stringify(LIGHT_SCORE_SCALE);
}

/** The colour range, scale and colour bar every worst-score heat map shares; a fresh object, as plotly may annotate what it is given. */
export function scoreHeatmapStyle(): Pick<HeatmapTrace, 'zmin' | 'zmax' | 'colorscale' | 'hoverongaps' | 'colorbar'> {
  return { zmin: 0, zmax: SCORE_CAP, colorscale: LIGHT_SCORE_SCALE, hoverongaps: false, colorbar: { title: { text: 'worst score' }, outlinewidth: 0 } };
}
