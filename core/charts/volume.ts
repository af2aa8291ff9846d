import type { OverviewResult } from '../protocol';
import type { FigureSpec, ScatterTrace } from './figure';
import { bucketLabel } from './format';
import { bucketNoun, baseLayout } from './layout';

/** Rows per stage per time bucket: one line per stage, in pipeline order. */
export function volumeFigure(result: OverviewResult): FigureSpec {
  const data: ScatterTrace[] = result.volume.map((series) => ({
    type: 'scatter',
    name: series.stage,
    mode: series.buckets.length > 60 ? 'lines' : 'lines+markers',
    x: series.buckets.map((ms) => bucketLabel(ms, result.bucket)),
    y: series.counts,
    line: { width: 2 },
    hovertemplate: '%{y:,} rows',
  }));
  return {
    data,
    layout: {
      ...baseLayout(),
      hovermode: 'x unified',
      xaxis: { type: 'date', title: { text: `${bucketNoun(result.bucket)} (UTC)` }, automargin: true },
      yaxis: { title: { text: `Rows per ${result.bucket}` }, tickformat: ',d', rangemode: 'tozero', automargin: true },
    },
  };
}
