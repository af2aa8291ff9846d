import type { DriftColumn, DriftResult } from '../protocol';
import type { FigureSpec, ScatterTrace } from './figure';
import { baseLayout } from './layout';

const DRIFTED_COLOR = '#d9534f';
const STABLE_COLOR = '#6b8fd6';

/**
 * Effect size per column with its 95% interval, drifted columns in red, and the minimum effect
 * worth flagging as a dashed line (numbers and categories have their own minimum and unit).
 */
export function driftEffectsFigure(result: DriftResult): FigureSpec | undefined {
  if (!result.columns.length) return undefined;
  const columns = result.columns.map((c) => c.column);
  const minimum = result.columns.map((c) => minEffectOf(result, c));
  const data: ScatterTrace[] = [
    effectTrace('not drifted', result.columns.filter((c) => !c.drifted), STABLE_COLOR),
    effectTrace('drifted', result.columns.filter((c) => c.drifted), DRIFTED_COLOR),
    {
      type: 'scatter',
      name: 'minimum effect',
      x: columns,
      y: minimum,
      // Markers too: each column shows its own minimum, even when there is only one column.
      mode: 'lines+markers',
      line: { width: 1.5, dash: 'dash', shape: 'hvh', color: '#8a8f98' },
      marker: { symbol: 'line-ew-open', size: 28, color: '#8a8f98', line: { width: 2 } },
      hovertemplate: 'minimum effect %{y:.3~f}<extra></extra>',
    } satisfies ScatterTrace,
  ].filter((t) => t.x.length > 0);
  return {
    data,
    layout: {
      ...baseLayout(),
      hovermode: 'closest',
      height: 340,
      // Half a category of room on each side, so end columns do not sit on the plot's edge.
      xaxis: { type: 'category', title: { text: 'Column' }, range: [-0.5, columns.length - 0.5], automargin: true, showgrid: false },
      yaxis: { title: { text: 'Effect size (95% interval)' }, rangemode: 'tozero', automargin: true },
    },
  };
}

/** Wasserstein / SD for numbers, total variation for categories: the minimum in the column's own unit. */
function minEffectOf(result: DriftResult, c: DriftColumn): number {
  return c.kind === 'numeric' ? result.minEffect.numeric : result.minEffect.categorical;
}

function effectTrace(name: string, columns: DriftColumn[], color: string): ScatterTrace {
  return {
    type: 'scatter',
    name,
    x: columns.map((c) => c.column),
    y: columns.map((c) => c.effectSize),
    mode: 'markers',
    marker: { color, size: 9, symbol: 'circle' },
    error_y: {
      type: 'data',
      symmetric: false,
      array: columns.map((c) => Math.max(0, c.effectSizeInterval[1] - c.effectSize)),
      arrayminus: columns.map((c) => Math.max(0, c.effectSize - c.effectSizeInterval[0])),
      thickness: 1.5,
      width: 4,
    },
    text: columns.map((c) => `${c.effectSizeName} [${c.effectSizeInterval.map((v) => v.toFixed(3)).join(', ')}]<br>${c.reason}`),
    hovertemplate: '<b>%{x}</b>: %{y:.3~f} %{text}<extra></extra>',
  };
}
