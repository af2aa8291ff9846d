import type { SliceFinding, SlicesResult } from '../protocol';
import type { FigureSpec, ScatterTrace } from './figure';
import { baseLayout } from './layout';
import { predicatesText, sliceRankLabel } from './sliceLabels';

const SLICE_COLOR = '#d9534f';
const FOLDED_COLOR = '#8a8f98';
const SMALL_COLOR = '#b7791f';

interface Point {
  label: string;
  slice: SliceFinding;
}

/**
 * Error per slice with its 95% interval, in rank order, then the significant small slices; a
 * refinement folded into its parent is drawn grey, and the overall error is a dashed line.
 */
export function slicesErrorsFigure(result: SlicesResult): FigureSpec | undefined {
  const top = result.slices.map((slice, i) => ({ label: sliceRankLabel('top', i), slice }));
  const small = result.significantSmall.map((slice, i) => ({ label: sliceRankLabel('small', i), slice }));
  const all = [...top, ...small];
  if (!all.length) return undefined;
  const labels = all.map((p) => p.label);
  const data: ScatterTrace[] = [
    errorTrace('slice', top.filter((p) => p.slice.foldedInto === undefined), SLICE_COLOR, 'circle'),
    errorTrace('folded into a parent', top.filter((p) => p.slice.foldedInto !== undefined), FOLDED_COLOR, 'circle'),
    errorTrace('small, significant', small, SMALL_COLOR, 'diamond'),
    {
      type: 'scatter',
      name: 'overall error',
      x: labels,
      y: labels.map(() => result.overallError),
      mode: 'lines',
      line: { width: 1.5, dash: 'dash', shape: 'hvh', color: '#6b8fd6' },
      hovertemplate: `overall error ${result.overallError.toFixed(3)}<extra></extra>`,
    } satisfies ScatterTrace,
  ].filter((t) => t.x.length > 0);
  return {
    data,
    layout: {
      ...baseLayout(),
      hovermode: 'closest',
      height: 340,
      xaxis: { type: 'category', title: { text: 'Slice (rank in the table)' }, range: [-0.5, labels.length - 0.5], automargin: true, showgrid: false },
      // 0/1 errors are shares: a little headroom above 1 keeps markers at 100% off the plot's edge.
      yaxis: { title: { text: 'Error (95% interval)' }, rangemode: 'tozero', automargin: true, ...(result.options.errorKind === 'binary' ? { range: [0, 1.05] as [number, number] } : {}) },
    },
  };
}

function errorTrace(name: string, points: Point[], color: string, symbol: 'circle' | 'diamond'): ScatterTrace {
  return {
    type: 'scatter',
    name,
    x: points.map((p) => p.label),
    y: points.map((p) => p.slice.error),
    mode: 'markers',
    marker: { color, size: 9, symbol },
    error_y: {
      type: 'data',
      symmetric: false,
      array: points.map((p) => Math.max(0, p.slice.errorInterval[1] - p.slice.error)),
      arrayminus: points.map((p) => Math.max(0, p.slice.error - p.slice.errorInterval[0])),
      thickness: 1.5,
      width: 4,
    },
    text: points.map((p) => `${predicatesText(p.slice.predicates)}<br>${p.slice.size} rows, interval [${p.slice.errorInterval.map((v) => v.toFixed(3)).join(', ')}]`),
    hovertemplate: '<b>%{x}</b>: error %{y:.3f}<br>%{text}<extra></extra>',
  };
}
