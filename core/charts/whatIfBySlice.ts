import type { WhatIfResult, WhatIfSliceRow } from '../protocol';
import type { FigureSpec, ScatterTrace } from './figure';
import { formatCount, formatStatistic } from './format';
import { baseLayout } from './layout';
import { METRIC_NAMES, VERDICT_COLORS, verdictName } from './whatIfLabels';
import { intervalErrorBars } from './intervalErrorBars';

type Row = WhatIfSliceRow & { difference: { value: number } };

/**
 * The primary metric's change (with the remediation − as logged) per slice value with its
 * interval, largest gain first (lowest change for a lower-is-better metric), one trace per verdict so the legend says what a color means.
 */
export function whatIfBySliceFigure(result: WhatIfResult): FigureSpec | undefined {
  const rows = result.bySlice.filter((r): r is Row => r.difference.value !== null).sort((a, b) => gain(b) - gain(a));
  if (!rows.length) return undefined;
  const labels = rows.map(sliceLabel);
  const name = METRIC_NAMES[result.primary];
  const verdicts = [...new Set(rows.map((r) => verdictName(r.difference.verdict)))];
  const data: ScatterTrace[] = [
    // Invisible and first, so it fixes the category order to the sorted slices; the axis's zero line marks "no change".
    { type: 'scatter', name: 'no change', x: labels, y: labels.map(() => 0), mode: 'lines', line: { width: 0 }, hoverinfo: 'skip', showlegend: false },
    ...verdicts.map((verdict) => verdictTrace(verdict, rows.filter((r) => verdictName(r.difference.verdict) === verdict), name)),
  ];
  return {
    data,
    layout: {
      ...baseLayout(),
      hovermode: 'closest',
      height: 380,
      xaxis: { type: 'category', title: { text: 'Slice' }, range: [-0.5, labels.length - 0.5], automargin: true, showgrid: false },
      // Short: a longer title is clipped at this height; the interval's level is in the chart title.
      yaxis: { title: { text: `${name} change${lowerIsBetter(result) ? ' (lower is better)' : ''}` }, automargin: true },
    },
  };
}

/** The change in the better direction, so the largest gain sorts first whichever way the metric points. */
function gain(r: Row): number {
  return r.difference.higherIsBetter ? r.difference.value : -r.difference.value;
}

export function sliceLabel(row: WhatIfSliceRow): string {
  return `${row.column} = ${row.value}`;
}

function lowerIsBetter(result: WhatIfResult): boolean {
  return result.difference[result.primary]?.higherIsBetter === false;
}

function verdictTrace(verdict: keyof typeof VERDICT_COLORS, rows: Row[], name: string): ScatterTrace {
  const y = rows.map((r) => r.difference.value);
  return {
    type: 'scatter',
    name: verdict,
    x: rows.map(sliceLabel),
    y,
    mode: 'markers',
    marker: { color: VERDICT_COLORS[verdict], size: 10, symbol: 'circle' },
    error_y: intervalErrorBars(rows.map((r) => r.difference)),
    text: rows.map((r) => sliceHover(r, name)),
    hovertemplate: '<b>%{x}</b>: change %{y:+.3f}<br>%{text}<extra></extra>',
  };
}

function sliceHover(r: Row, name: string): string {
  const i = r.difference.interval;
  const range = i ? `[${formatStatistic(i.low)}, ${formatStatistic(i.high)}]` : 'no interval';
  const side = (v: number | null) => (v === null ? '–' : formatStatistic(v));
  return `${name} ${side(r.before.value)} → ${side(r.after.value)}, interval ${range}<br>${formatCount(r.labeled)} labeled`;
}
