import type { OverviewResult } from '../protocol';
import type { FigureSpec, HeatmapTrace } from './figure';
import { baseLayout } from './layout';

// Cell labels stay readable up to about this many cells; beyond it, hover carries the values.
const MAX_LABELED_CELLS = 80;

export interface NullRateGrid {
  stages: string[];
  columns: string[];
  /** rates[stage][column]; null where the stage has no such column. */
  rates: (number | null)[][];
}

/** Stages in pipeline order, columns in order of first appearance. */
export function nullRateGrid(result: OverviewResult): NullRateGrid {
  const stages = unique([...result.inspect.stages.map((s) => s.name), ...result.nullRates.map((c) => c.stage)])
    .filter((stage) => result.nullRates.some((c) => c.stage === stage));
  const columns = unique(result.nullRates.map((c) => c.column));
  const rates = stages.map(() => columns.map((): number | null => null));
  for (const cell of result.nullRates) {
    rates[stages.indexOf(cell.stage)][columns.indexOf(cell.column)] = cell.nullRate;
  }
  return { stages, columns, rates };
}

/** Null rate per stage (rows) and column (columns). */
export function nullRateFigure(result: OverviewResult): FigureSpec {
  const grid = nullRateGrid(result);
  const highest = Math.max(0, ...result.nullRates.map((c) => c.nullRate));
  const trace: HeatmapTrace = {
    type: 'heatmap',
    name: 'null rate',
    x: grid.columns,
    y: grid.stages,
    z: grid.rates,
    zmin: 0,
    // Scaled to the worst cell so a 2% problem is visible; a floor keeps 0.01% from looking alarming.
    zmax: Math.max(highest, 0.05),
    hoverongaps: false,
    xgap: 2,
    ygap: 2,
    hovertemplate: 'stage %{y}<br>column %{x}<br>null rate %{z:.3~%}<extra></extra>',
    colorbar: { title: { text: 'null rate' }, tickformat: '.0%', outlinewidth: 0 },
  };
  if (grid.stages.length * grid.columns.length <= MAX_LABELED_CELLS) trace.texttemplate = '%{z:.2~%}';
  return {
    data: [trace],
    layout: {
      ...baseLayout(),
      showlegend: false,
      height: Math.max(220, 120 + 48 * grid.stages.length),
      margin: { l: 24, r: 24, t: 16, b: 24 },
      xaxis: { type: 'category', title: { text: 'Column' }, automargin: true, showgrid: false },
      yaxis: { type: 'category', title: { text: 'Stage' }, autorange: 'reversed', automargin: true, showgrid: false },
    },
  };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
