import type { FigureSpec, ScatterTrace } from '../../core/charts';
import { baseLayout } from '../../core/charts/layout';
import { predicatesText } from '../../core/report/sliceCells';
import type { SliceFinding, SlicesResult } from '../../core/protocol';

const SIGNIFICANT = '#d9534f';
const OTHER = '#6b8fd6';
const SMALL = '#e0a030';

/**
 * Error per slice (ranked, then the small significant ones) with its 95% interval, and the
 * overall error as a dashed line: how much worse each slice is, and how sure.
 */
export function sliceErrorsFigure(result: SlicesResult): FigureSpec | undefined {
  const ranked = result.slices.map((s, i) => ({ s, label: `#${i + 1}` }));
  const small = result.significantSmall.map((s, i) => ({ s, label: `small ${i + 1}` }));
  const all = [...ranked, ...small];
  if (!all.length) return undefined;
  const labels = all.map((p) => p.label);
  const data: ScatterTrace[] = [
    errorTrace('significant (adjusted p < 0.05)', ranked.filter((p) => p.s.adjustedPValue < 0.05), SIGNIFICANT),
    errorTrace('not significant', ranked.filter((p) => p.s.adjustedPValue >= 0.05), OTHER),
    errorTrace('small, significant', small, SMALL),
    {
      type: 'scatter',
      name: 'overall error',
      x: labels,
      y: labels.map(() => result.overallError),
      mode: 'lines',
      line: { width: 1.5, dash: 'dash', shape: 'hvh', color: '#8a8f98' },
      hovertemplate: 'overall error %{y:.3~f}<extra></extra>',
    } satisfies ScatterTrace,
  ].filter((t) => t.x.length > 0);
  return {
    data,
    layout: {
      ...baseLayout(),
      hovermode: 'closest',
      height: 320,
      xaxis: { type: 'category', title: { text: 'Slice' }, range: [-0.5, labels.length - 0.5], automargin: true, showgrid: false },
      yaxis: { title: { text: 'Error (95% interval)' }, rangemode: 'tozero', automargin: true },
    },
  };
}

function errorTrace(name: string, points: { s: SliceFinding; label: string }[], color: string): ScatterTrace {
  return {
    type: 'scatter',
    name,
    x: points.map((p) => p.label),
    y: points.map((p) => p.s.error),
    mode: 'markers',
    marker: { color, size: 9, symbol: 'circle' },
    error_y: {
      type: 'data',
      symmetric: false,
      array: points.map((p) => Math.max(0, p.s.errorInterval[1] - p.s.error)),
      arrayminus: points.map((p) => Math.max(0, p.s.error - p.s.errorInterval[0])),
      thickness: 1.5,
      width: 4,
    },
    text: points.map((p) => `${predicatesText(p.s.predicates)}<br>${p.s.size} rows, [${p.s.errorInterval.map((v) => v.toFixed(3)).join(', ')}]`),
    hovertemplate: '<b>%{x}</b>: %{y:.3~f} %{text}<extra></extra>',
  };
}
