import type { WhatIfResult, WhatIfWindow } from '../protocol';
import type { FigureSpec, ScatterTrace } from './figure';
import { bucketLabel, formatCount } from './format';
import { baseLayout, bucketNoun } from './layout';
import { METRIC_NAMES } from './whatIfLabels';

const BEFORE_COLOR = '#6b8fd6';
const AFTER_COLOR = '#e07b39';
// Beyond this many windows markers hide the lines; hover still finds every window.
const MAX_MARKED_WINDOWS = 60;

/**
 * The primary metric per scored window, as logged and with the remediation; windows where the
 * metric is undefined stay gaps. Each point's hover names the labeled records it rests on.
 */
export function whatIfOverTimeFigure(result: WhatIfResult): FigureSpec | undefined {
  const metric = result.primary;
  const windows = result.overTime;
  const values = (side: 'before' | 'after') => windows.map((w) => w[side][metric] ?? null);
  if (![...values('before'), ...values('after')].some((v) => v !== null)) return undefined;
  const x = windows.map((w) => bucketLabel(w.start, result.bucket));
  const name = METRIC_NAMES[metric];
  const text = windows.map(labeledText);
  const marked = windows.length <= MAX_MARKED_WINDOWS;
  const data: ScatterTrace[] = [
    sideTrace(`${name} as logged`, x, values('before'), text, { width: 2, dash: 'solid', color: BEFORE_COLOR }, marked ? 'circle' : undefined),
    sideTrace(`${name} with the remediation`, x, values('after'), text, { width: 2, dash: 'dash', color: AFTER_COLOR }, marked ? 'diamond' : undefined),
  ];
  return {
    data,
    layout: {
      ...baseLayout(),
      hovermode: 'x unified',
      xaxis: { type: 'date', title: { text: `${bucketNoun(result.bucket)} (UTC)` }, automargin: true },
      yaxis: { title: { text: name }, automargin: true },
    },
  };
}

function labeledText(w: WhatIfWindow): string {
  return `${formatCount(w.labeled)} labeled`;
}

function sideTrace(
  name: string,
  x: string[],
  y: (number | null)[],
  text: string[],
  line: NonNullable<ScatterTrace['line']>,
  symbol: 'circle' | 'diamond' | undefined,
): ScatterTrace {
  return {
    type: 'scatter',
    name,
    x,
    y,
    mode: symbol ? 'lines+markers' : 'lines',
    line,
    ...(symbol ? { marker: { symbol, size: 8, color: line.color } } : {}),
    connectgaps: false,
    text,
    hovertemplate: `%{y:.3f} ${name} (%{text})<extra></extra>`,
  };
}
