import type { OverviewResult } from '../protocol';
import type { FigureSpec } from './figure';
import { bucketLabel } from './format';
import { baseLayout, bucketNoun } from './layout';

/**
 * Share of predictions with a label per bucket, and the median label lag on a second axis.
 * Undefined when the result has no labels.
 */
export function labelCoverageFigure(result: OverviewResult): FigureSpec | undefined {
  const series = result.labelCoverage;
  if (!series) return undefined;
  const x = series.buckets.map((ms) => bucketLabel(ms, result.bucket));
  return {
    data: [
      {
        type: 'scatter',
        name: 'label coverage',
        mode: 'lines+markers',
        x,
        y: series.coverage,
        yaxis: 'y',
        line: { width: 2 },
        hovertemplate: '%{y:.1%} labeled<extra></extra>',
      },
      {
        type: 'scatter',
        name: 'median label lag',
        mode: 'lines',
        x,
        y: series.medianLagHours,
        yaxis: 'y2',
        line: { width: 2, dash: 'dot' },
        connectgaps: false,
        hovertemplate: '%{y:,.1f} h median lag<extra></extra>',
      },
    ],
    layout: {
      ...baseLayout(),
      hovermode: 'x unified',
      margin: { l: 64, r: 64, t: 40, b: 56 },
      xaxis: { type: 'date', title: { text: `${bucketNoun(result.bucket)} (UTC)` }, automargin: true },
      yaxis: { title: { text: 'Label coverage' }, tickformat: '.0%', range: [0, 1.02], automargin: true },
      yaxis2: {
        title: { text: 'Median label lag (hours)' },
        overlaying: 'y',
        side: 'right',
        // Own nice ticks: synced to the left axis's grid they land on values like 10.7 h.
        tickmode: 'auto',
        rangemode: 'tozero',
        showgrid: false,
        automargin: true,
      },
    },
  };
}
