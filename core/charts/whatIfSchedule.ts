import type { ScheduleOutcome, WhatIfResult } from '../protocol';
import type { BarTrace, FigureSpec, ScatterTrace } from './figure';
import { formatCount } from './format';
import { baseLayout } from './layout';
import { METRIC_NAMES, VERDICT_COLORS, policyName, verdictName } from './whatIfLabels';
import { intervalErrorBars } from './intervalErrorBars';

const CURVE_COLOR = '#6b8fd6';

/**
 * A retraining-schedule replay: the primary metric's change against model age with its interval
 * band when the age curve was measured, else the change under each replayed policy.
 */
export function whatIfScheduleFigure(result: WhatIfResult): FigureSpec | undefined {
  const schedule = result.schedule;
  if (!schedule) return undefined;
  const name = METRIC_NAMES[result.primary];
  const curve = schedule.ageCurve.filter((p) => p.change.value !== null);
  if (curve.length) return ageCurveFigure(curve, name);
  const outcomes = schedule.outcomes.filter((o) => o.difference.value !== null);
  return outcomes.length ? outcomesFigure(outcomes, name) : undefined;
}

function ageCurveFigure(points: NonNullable<WhatIfResult['schedule']>['ageCurve'], name: string): FigureSpec {
  const x = points.map((p) => p.ageDays);
  const band = (side: 'low' | 'high') => points.map((p) => p.change.interval?.[side] ?? null);
  const data: ScatterTrace[] = [
    { type: 'scatter', name: 'interval (low)', x, y: band('low'), mode: 'lines', line: { width: 0 }, showlegend: false, legendgroup: 'interval', hoverinfo: 'skip' },
    { type: 'scatter', name: 'interval', x, y: band('high'), mode: 'lines', line: { width: 0 }, fill: 'tonexty', fillcolor: 'rgba(96,140,220,0.22)', legendgroup: 'interval', hoverinfo: 'skip' },
    {
      type: 'scatter',
      name: `change in ${name}`,
      x,
      y: points.map((p) => p.change.value),
      mode: 'lines+markers',
      line: { width: 2, color: CURVE_COLOR },
      text: points.map((p) => `${formatCount(p.versions)} versions, ${formatCount(p.windows)} windows, ${formatCount(p.labeled)} labeled`),
      hovertemplate: `age %{x} d: %{y:+.3f} ${name} (%{text})<extra></extra>`,
    },
    { type: 'scatter', name: 'first days', x, y: x.map(() => 0), mode: 'lines', line: { width: 1, dash: 'dash', color: '#8a8f98' }, hoverinfo: 'skip', showlegend: false },
  ];
  return {
    data,
    layout: {
      ...baseLayout(),
      hovermode: 'closest',
      xaxis: { type: 'linear', title: { text: 'Model age (days since deployment)' }, rangemode: 'tozero', automargin: true },
      yaxis: { title: { text: `Change in ${name} vs the first days` }, automargin: true },
    },
  };
}

function outcomesFigure(outcomes: ScheduleOutcome[], name: string): FigureSpec {
  const y = outcomes.map((o) => o.difference.value ?? 0);
  const bar: BarTrace = {
    type: 'bar',
    name: `change in ${name}`,
    x: outcomes.map((o) => policyName(o.policy)),
    y,
    marker: { color: outcomes.map((o) => VERDICT_COLORS[verdictName(o.difference.verdict)]) },
    error_y: intervalErrorBars(outcomes.map((o) => o.difference)),
    text: outcomes.map((o) => `${formatCount(o.retrains.length)} retrains`),
    textposition: 'none',
    hovertemplate: `%{x}: %{y:+.3f} ${name} (%{text})<extra></extra>`,
  };
  return {
    data: [bar],
    layout: {
      ...baseLayout(),
      showlegend: false,
      xaxis: { type: 'category', title: { text: 'Retraining policy' }, automargin: true },
      yaxis: { title: { text: `Change in ${name} vs as logged` }, automargin: true },
    },
  };
}
