import type { SliceProfile, SliceProfileFeature, SliceProfileSide } from '../protocol';
import type { BarTrace, Datum, FigureSpec, ScatterTrace } from './figure';
import { bucketLabel, formatCount, formatPercent } from './format';
import { baseLayout, bucketNoun } from './layout';

// The slice keeps the color of slices in the error-per-slice chart; the rest the overall line's.
const SLICE_COLOR = '#d9534f';
const REST_COLOR = '#6b8fd6';
const SLICE_BAND = 'rgba(217,83,79,0.25)';
const REST_BAND = 'rgba(107,143,214,0.25)';
// Grey, so the share of rows does not read as a third error line.
const SHARE_COLOR = '#8a8f98';

/**
 * The slice's mean error per time bucket against the rest's, each with its 95% interval band,
 * and the slice's share of the bucket's rows on a second axis.
 */
export function sliceProfileTimeFigure(profile: SliceProfile): FigureSpec | undefined {
  const series = profile.time;
  if (!series || !series.starts.length) return undefined;
  const x = series.starts.map((ms) => bucketLabel(ms, series.bucket));
  const share = series.starts.map((_, i) => {
    const rows = series.slice.rows[i] + series.rest.rows[i];
    return rows ? series.slice.rows[i] / rows : null;
  });
  const binary = profile.errorKind === 'binary';
  const format = binary ? '.1%' : ',.3~f';
  return {
    data: [
      ...sideTraces('slice', x, series.slice, SLICE_COLOR, SLICE_BAND, format),
      ...sideTraces('rest', x, series.rest, REST_COLOR, REST_BAND, format),
      {
        type: 'scatter',
        name: 'share of rows in the slice',
        x,
        y: share,
        mode: 'lines',
        yaxis: 'y2',
        line: { width: 2, dash: 'dot', color: SHARE_COLOR },
        text: series.slice.rows.map((n, i) => `${formatCount(n)} of ${formatCount(n + series.rest.rows[i])} rows`),
        hovertemplate: '%{y:.1%} of rows in the slice (%{text})<extra></extra>',
      },
    ],
    layout: {
      ...baseLayout(),
      hovermode: 'x unified',
      height: 320,
      margin: { l: 64, r: 64, t: 40, b: 56 },
      xaxis: { type: 'date', title: { text: `${bucketNoun(series.bucket)} (UTC)` }, automargin: true },
      yaxis: { title: { text: 'Error (95% interval)' }, automargin: true, rangemode: 'tozero', ...(binary ? { tickformat: '.0%' } : {}) },
      yaxis2: { title: { text: 'Share of rows' }, overlaying: 'y', side: 'right', tickformat: '.0%', tickmode: 'auto', range: [0, 1.05], showgrid: false, automargin: true },
    },
  };
}

/** Interval band (low, then high filled to it) under the mean error line of one side. */
function sideTraces(name: 'slice' | 'rest', x: Datum[], side: SliceProfileSide, color: string, band: string, format: string): ScatterTrace[] {
  const group = `${name} interval`;
  return [
    { type: 'scatter', name: `${name} 95% interval (low)`, x, y: side.low, mode: 'lines', line: { width: 0 }, showlegend: false, legendgroup: group, hoverinfo: 'skip' },
    { type: 'scatter', name: `${name} 95% interval`, x, y: side.high, mode: 'lines', line: { width: 0 }, fill: 'tonexty', fillcolor: band, legendgroup: group, hoverinfo: 'skip' },
    {
      type: 'scatter',
      name: `${name} error`,
      x,
      y: side.error,
      mode: 'lines+markers',
      line: { width: 2, color },
      marker: { color, size: 6 },
      connectgaps: false,
      text: side.rows.map((n) => `${formatCount(n)} rows`),
      hovertemplate: `${name} error %{y:${format}} (%{text})<extra></extra>`,
    },
  ];
}

/**
 * One feature's bins: the share of the slice's rows in each bin beside the share of the rest's,
 * with each side's mean error in the bin on hover.
 */
export function sliceProfileFeatureFigure(profile: SliceProfile, feature: SliceProfileFeature): FigureSpec {
  const restRows = profile.rows - profile.sliceRows;
  const errorText = (e: number | null) => (e === null ? 'no rows' : profile.errorKind === 'binary' ? `error ${formatPercent(e)}` : `error ${e.toFixed(3)}`);
  const bars = (name: string, rows: number[], total: number, errors: (number | null)[], color: string): BarTrace => ({
    type: 'bar',
    name,
    x: feature.bins,
    y: rows.map((n) => (total ? n / total : 0)),
    marker: { color },
    text: rows.map((n, b) => `${formatCount(n)} rows, ${errorText(errors[b])}`),
    textposition: 'none',
    hovertemplate: `<b>%{x}</b><br>${name}: %{y:.1%} of its rows<br>%{text}<extra></extra>`,
  });
  return {
    data: [bars('slice', feature.sliceRows, profile.sliceRows, feature.sliceError, SLICE_COLOR), bars('rest', feature.restRows, restRows, feature.restError, REST_COLOR)],
    layout: {
      ...baseLayout(),
      height: 240,
      margin: { l: 56, r: 16, t: 32, b: 48 },
      barmode: 'group',
      bargap: 0.2,
      hovermode: 'closest',
      xaxis: { type: 'category', title: { text: feature.name }, automargin: true, showgrid: false },
      yaxis: { title: { text: 'Share of rows' }, tickformat: '.0%', rangemode: 'tozero', automargin: true },
    },
  };
}
