import type { DiffSlice, SliceDiffResult } from '../protocol';
import type { BarTrace, FigureSpec } from './figure';
import { baseLayout } from './layout';
import { diffRankLabel, predicatesText } from './sliceLabels';

const REFERENCE_COLOR = '#6b8fd6';
const CURRENT_COLOR = '#d9534f';

/** Reference and current share of rows per slice: the slices that grew most, then those that shrank most. */
export function sliceDiffSharesFigure(result: SliceDiffResult): FigureSpec | undefined {
  const slices = [...result.grown, ...result.shrunk];
  if (!slices.length) return undefined;
  // Short labels keep the plot readable; the predicates are in the hover and the tables.
  const labels = [...result.grown.map((_, i) => diffRankLabel('grown', i)), ...result.shrunk.map((_, i) => diffRankLabel('shrunk', i))];
  return {
    data: [shareTrace('reference', labels, slices, (s) => s.referenceShare, (s) => s.referenceCount, REFERENCE_COLOR), shareTrace('current', labels, slices, (s) => s.currentShare, (s) => s.currentCount, CURRENT_COLOR)],
    layout: {
      ...baseLayout(),
      barmode: 'group',
      hovermode: 'closest',
      height: 380,
      xaxis: { type: 'category', title: { text: 'Slice (↑ grew most, ↓ shrank most; as in the tables)' }, automargin: true, showgrid: false },
      yaxis: { title: { text: 'Share of rows' }, tickformat: '.0%', rangemode: 'tozero', automargin: true },
    },
  };
}

function shareTrace(name: string, labels: string[], slices: DiffSlice[], share: (s: DiffSlice) => number, count: (s: DiffSlice) => number, color: string): BarTrace {
  return {
    type: 'bar',
    name,
    x: labels,
    y: slices.map(share),
    marker: { color },
    text: slices.map((s) => `${predicatesText(s.predicates)}<br>${count(s)} rows, risk ratio ${s.riskRatio.toFixed(2)}`),
    textposition: 'none',
    hovertemplate: `<b>%{x}</b> ${name}: %{y:.1%}<br>%{text}<extra></extra>`,
  };
}
