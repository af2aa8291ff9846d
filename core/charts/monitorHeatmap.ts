import type { MonitorResult, StageMonitor, StageWindowFigures } from '../protocol';
import type { Datum, FigureSpec, HeatmapTrace } from './figure';
import { bucketLabel, formatCount } from './format';
import { figureLines, VOLUME_ROW } from './monitorCell';
import { baseLayout, bucketNoun } from './layout';
import { worstColumnScore } from './monitorScores';
import { SCORE_CAP, scoreHeatmapStyle } from './scoreScale';

/** One heat-map row: a stage's volume, or one of its columns. */
interface HeatmapRow {
  stage: StageMonitor;
  column: string;
  label: string;
}

/**
 * Stage·column (rows) by window (columns): each cell's worst score, volume as a
 * "stage · (volume)" row. Hover names every figure of the cell; customdata carries
 * [stage, column, window start] so a click can select the cell ('*' for volume).
 */
export function monitorHeatmapFigure(result: MonitorResult): FigureSpec | undefined {
  if (!result.stages.length || !result.windows.length) return undefined;
  const rows = heatmapRows(result.stages);
  const x = result.windows.map((w) => bucketLabel(w, result.bucket));
  const z: (number | null)[][] = [];
  const text: string[][] = [];
  const customdata: Datum[][][] = [];
  for (const row of rows) {
    const byStart = new Map(row.stage.windows.map((w) => [w.start, w]));
    const cells = result.windows.map((start) => cellOf(row, byStart.get(start)));
    z.push(cells.map((c) => (c ? Math.min(SCORE_CAP, c.score) : null)));
    text.push(cells.map((c, i) => (c ? `${row.label}<br>${x[i]}${c.reference ? ' (reference)' : ''}<br>${c.lines.join('<br>')}` : '')));
    customdata.push(result.windows.map((start) => [row.stage.stage, row.column, start]));
  }
  const trace: HeatmapTrace = {
    type: 'heatmap',
    name: 'worst score',
    x,
    y: rows.map((r) => r.label),
    z,
    text,
    customdata,
    ...scoreHeatmapStyle(),
    xgap: 1,
    ygap: 1,
    hovertemplate: '%{text}<br>worst score %{z:.1f} (warn 4, alert 6)<extra></extra>',
  };
  return {
    data: [trace],
    layout: {
      ...baseLayout(),
      showlegend: false,
      height: Math.max(240, 130 + 22 * rows.length),
      margin: { l: 24, r: 24, t: 16, b: 56 },
      // A date axis spaces its ticks; a category axis would print every one of many windows.
      xaxis: { type: 'date', title: { text: `${bucketNoun(result.bucket)} (UTC)` }, automargin: true, showgrid: false },
      yaxis: { type: 'category', autorange: 'reversed', automargin: true, showgrid: false },
    },
  };
}

function heatmapRows(stages: StageMonitor[]): HeatmapRow[] {
  return stages.flatMap((stage) => [
    { stage, column: VOLUME_ROW, label: `${stage.stage} · (volume)` },
    ...stageColumns(stage).map((column) => ({ stage, column, label: `${stage.stage} · ${column}` })),
  ]);
}

/** Columns in order of first appearance across the stage's windows. */
function stageColumns(stage: StageMonitor): string[] {
  const seen = new Set<string>();
  for (const w of stage.windows) for (const column of Object.keys(w.columns)) seen.add(column);
  return [...seen];
}

interface Cell {
  score: number;
  reference: boolean;
  lines: string[];
}

function cellOf(row: HeatmapRow, window: StageWindowFigures | undefined): Cell | undefined {
  if (!window) return undefined;
  if (row.column === VOLUME_ROW) {
    return { score: window.volume.score, reference: window.reference, lines: [`rows ${formatCount(window.rows)} (score ${window.volume.score.toFixed(1)})`] };
  }
  const figures = window.columns[row.column];
  if (!figures) return undefined;
  return { score: worstColumnScore(figures).score, reference: window.reference, lines: figureLines(figures) };
}
