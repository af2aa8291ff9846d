import type { WhatIfResult, WhatIfVerdict } from '../protocol/whatif';
import type { FigureSpec, ScatterTrace } from './figure';
import { baseLayout } from './layout';
import { METRIC_NAMES, VERDICT_COLORS, remediationName, verdictName } from './whatIfLabels';
import { intervalErrorBars } from './intervalErrorBars';

// Not in the chart registry: the registry draws one result, this compares several.

const VERDICTS: readonly (WhatIfVerdict | 'no interval')[] = ['helps', 'no clear change', 'hurts', 'no interval'];

/** One run of a comparison, with the short label it has in the panel's table ("#2 threshold F1"). */
export interface ComparedRun {
  label: string;
  result: WhatIfResult;
}

/**
 * The primary metric's change (after − before) per remediation with its interval, colored
 * by verdict, around a zero line: the runs of a What-If panel side by side.
 */
export function whatIfCompareFigure(runs: readonly ComparedRun[]): FigureSpec | undefined {
  if (!runs.length) return undefined;
  const labels = runs.map((r) => r.label);
  const traces = VERDICTS.map((verdict) => verdictTrace(verdict, runs.filter((r) => verdictName(r.result.verdict) === verdict))).filter((t) => t.x.length > 0);
  const zero: ScatterTrace = { type: 'scatter', name: 'no change', x: labels, y: labels.map(() => 0), mode: 'lines', line: { width: 1, dash: 'dash', color: '#6b8fd6' }, hoverinfo: 'skip' };
  return {
    data: [...traces, zero],
    layout: {
      ...baseLayout(),
      hovermode: 'closest',
      height: 320,
      xaxis: { type: 'category', title: { text: 'Run and its primary metric' }, range: [-0.5, labels.length - 0.5], automargin: true, showgrid: false },
      yaxis: { title: { text: 'Change, after − before' }, automargin: true, zerolinecolor: '#6b8fd6' },
    },
  };
}

function verdictTrace(verdict: WhatIfVerdict | 'no interval', runs: readonly ComparedRun[]): ScatterTrace {
  const diffs = runs.map((r) => r.result.difference[r.result.primary]);
  return {
    type: 'scatter',
    name: verdict,
    x: runs.map((r) => r.label),
    y: diffs.map((d) => d?.value ?? null),
    mode: 'markers',
    marker: { color: VERDICT_COLORS[verdict], size: 10, symbol: verdict === 'hurts' ? 'triangle-down' : 'circle' },
    error_y: intervalErrorBars(diffs),
    text: runs.map((r) => `${METRIC_NAMES[r.result.primary]}, ${remediationName(r.result.remediation)}`),
    hovertemplate: '<b>%{x}</b>: %{text}: change %{y:.4f}<extra></extra>',
  };
}

