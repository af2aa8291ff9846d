import type { ColumnWindowFigures, Decision, MonitorResult, OverviewResult, StageWindowFigures } from '../protocol';
import type { FigureSpec, HeatmapTrace } from './figure';
import { bucketLabel } from './format';
import { baseLayout, bucketNoun } from './layout';
import { SCORE_CAP, scoreHeatmapStyle } from './scoreScale';

/** The highest score of any figure of a stage's window, and its decision; a missing column alerts. */
export function worstScore(window: StageWindowFigures): { score: number; decision: Decision } {
  let worst: { score: number; decision: Decision } = { score: 0, decision: 'ok' };
  for (const c of Object.values(window.columns)) {
    const column = worstColumnScore(c);
    if (column.score > worst.score) worst = column;
  }
  return window.volume.score > worst.score ? { score: window.volume.score, decision: window.volume.decision } : worst;
}

/** The highest score of a column's figures in one window; a column gone missing scores the cap. */
export function worstColumnScore(c: ColumnWindowFigures): { score: number; decision: Decision } {
  if (c.absent) return { score: SCORE_CAP, decision: 'alert' };
  let worst: { score: number; decision: Decision } = { score: 0, decision: 'ok' };
  for (const f of [c.nullRate, c.outOfRange, c.unseen, c.summary, c.drift]) if (f && f.score > worst.score) worst = { score: f.score, decision: f.decision };
  return worst;
}

/** Stage (rows) x window (columns) heat map of each window's worst score; reference windows included. */
export function monitorScoreFigure(result: MonitorResult): FigureSpec | undefined {
  if (!result.stages.length || !result.windows.length) return undefined;
  const x = result.windows.map((w) => bucketLabel(w, result.bucket));
  const z = result.stages.map((stage) => {
    const byStart = new Map(stage.windows.map((w) => [w.start, w]));
    return result.windows.map((start) => {
      const window = byStart.get(start);
      return window ? Math.min(SCORE_CAP, worstScore(window).score) : null;
    });
  });
  const trace: HeatmapTrace = {
    type: 'heatmap',
    name: 'worst score',
    x,
    y: result.stages.map((s) => s.stage),
    z,
    ...scoreHeatmapStyle(),
    ygap: 2,
    hovertemplate: 'stage %{y}<br>%{x}<br>worst score %{z:.1f} (warn 4, alert 6)<extra></extra>',
  };
  return {
    data: [trace],
    layout: {
      ...baseLayout(),
      showlegend: false,
      height: Math.max(220, 120 + 40 * result.stages.length),
      xaxis: { type: 'category', title: { text: `${bucketNoun(result.bucket)} (UTC)` }, automargin: true, showgrid: false },
      yaxis: { type: 'category', title: { text: 'Stage' }, autorange: 'reversed', automargin: true, showgrid: false },
    },
  };
}

/** The overview report's detection chart, from the monitor result it carries. */
export function overviewMonitorFigure(result: OverviewResult): FigureSpec | undefined {
  return result.monitor && monitorScoreFigure(result.monitor);
}
