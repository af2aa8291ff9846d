import type { DistributionComparison, DistributionSide } from '../protocol';
import type { BarTrace, FigureSpec } from './figure';
import { formatCount, formatWindowSpan } from './format';
import { baseLayout } from './layout';

/** Reference and current shares per bin as overlaid bars, on the reference's bins. */
export function distributionFigure(d: DistributionComparison): FigureSpec {
  return {
    data: [sideTrace('reference', d.reference, d.bins), sideTrace('current', d.current, d.bins)],
    layout: {
      ...baseLayout(),
      barmode: 'overlay',
      bargap: 0.08,
      hovermode: 'x unified',
      height: 320,
      xaxis: { type: 'category', title: { text: `${d.stage} · ${d.column}` }, automargin: true, showgrid: false },
      yaxis: { title: { text: 'Share of rows' }, tickformat: '.0%', rangemode: 'tozero', automargin: true },
    },
  };
}

function sideTrace(name: 'reference' | 'current', side: DistributionSide, bins: string[]): BarTrace {
  const total = side.counts.reduce((sum, n) => sum + n, 0);
  return {
    type: 'bar',
    name: `${name} (${formatWindowSpan(side)}, ${formatCount(side.rows)} rows)`,
    x: bins,
    // Shares of the binned values, so two sides with different missing counts still compare.
    y: side.counts.map((n) => (total > 0 ? n / total : 0)),
    opacity: name === 'reference' ? 0.5 : 0.7,
    // Row counts on overlaid bars collide; they stay in the hover and the CSV.
    text: side.counts.map((n) => `${formatCount(n)} rows`),
    textposition: 'none',
    hovertemplate: `${name} %{y:.1%} (%{text})<extra></extra>`,
  };
}
