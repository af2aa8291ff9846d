import type { EstimationMethod, MonitorAlert, MonitorResult, PerformanceResult, PerformanceWindow } from '../protocol';
import type { Datum, FigureSpec, ScatterTrace } from './figure';
import { bucketLabel, formatOnset } from './format';
import { baseLayout, bucketNoun } from './layout';

// Alert markers sit on the coverage axis just above 100%, a strip along the top of the plot.
const MARKER_ROW = 1.06;
const SEVERITY_COLOR = { alert: '#d9534f', warn: '#e0a030' } as const;
const ESTIMATE_NAME: Record<EstimationMethod, string> = { cbpe: 'CBPE', 'subgroup-reweighting': 'reweighted' };

interface MainMetric {
  name: string;
  title: string;
  /** A share (shown as a percent) or a value in the label's unit. */
  share: boolean;
  observed: (w: PerformanceWindow) => { value: number | null; low: number | null; high: number | null };
}

/**
 * The main metric per window with its interval band, estimates for windows with too few labels
 * (dashed, per method), label coverage on a second axis and a marker at each alert's onset.
 */
export function monitorPerformanceFigure(result: MonitorResult): FigureSpec | undefined {
  const perf = result.performance;
  if (!perf || !perf.windows.length) return undefined;
  const metric = mainMetric(perf);
  const x = perf.windows.map((w) => bucketLabel(w.start, perf.bucket));
  const observed = perf.windows.map(metric.observed);
  const format = metric.share ? '.1%' : ',.3~f';
  const data: ScatterTrace[] = [
    { type: 'scatter', name: `${metric.name} ${percentOf(perf)} interval (low)`, x, y: observed.map((o) => o.low), mode: 'lines', line: { width: 0 }, showlegend: false, legendgroup: 'interval', hoverinfo: 'skip' },
    {
      type: 'scatter',
      name: `${metric.name} ${percentOf(perf)} interval`,
      x,
      y: observed.map((o) => o.high),
      mode: 'lines',
      line: { width: 0 },
      fill: 'tonexty',
      fillcolor: 'rgba(96,140,220,0.22)',
      legendgroup: 'interval',
      hoverinfo: 'skip',
    },
    { type: 'scatter', name: metric.name, x, y: observed.map((o) => o.value), mode: 'lines+markers', line: { width: 2 }, connectgaps: false, hovertemplate: `%{y:${format}} ${metric.name}<extra></extra>` },
    ...estimateTraces(perf, metric, x, format),
    {
      type: 'scatter',
      name: 'label coverage',
      x,
      y: perf.windows.map((w) => w.coverage),
      mode: 'lines',
      yaxis: 'y2',
      line: { width: 1.5, dash: 'dot' },
      hovertemplate: '%{y:.1%} labeled<extra></extra>',
    },
    ...alertTraces(result.alerts, perf),
  ];
  return {
    data,
    layout: {
      ...baseLayout(),
      hovermode: 'x unified',
      margin: { l: 64, r: 64, t: 40, b: 56 },
      xaxis: { type: 'date', title: { text: `${bucketNoun(perf.bucket)} (UTC)` }, automargin: true },
      yaxis: { title: { text: metric.title }, automargin: true, ...(metric.share ? { tickformat: '.0%' } : { rangemode: 'tozero' }) },
      // Own ticks (0%, 20%, …): synced to the metric's grid they land on values like 59%.
      yaxis2: { title: { text: 'Label coverage' }, overlaying: 'y', side: 'right', tickformat: '.0%', tickmode: 'auto', range: [0, 1.12], showgrid: false, automargin: true },
    },
  };
}

/** Accuracy for classification (defined whenever there are labels), MAE for regression. */
function mainMetric(perf: PerformanceResult): MainMetric {
  if (perf.task === 'classification') {
    return { name: 'accuracy', title: 'Accuracy', share: true, observed: (w) => metricOf(w.observed.task === 'classification' ? w.observed.accuracy : undefined) };
  }
  return { name: 'MAE', title: 'Mean absolute error', share: false, observed: (w) => metricOf(w.observed.task === 'regression' ? w.observed.mae : undefined) };
}

function metricOf(m: { value: number | null; interval: { low: number; high: number } | null } | undefined): { value: number | null; low: number | null; high: number | null } {
  return { value: m?.value ?? null, low: m?.interval?.low ?? null, high: m?.interval?.high ?? null };
}

function percentOf(perf: PerformanceResult): string {
  return `${Math.round(perf.settings.level * 100)}%`;
}

/** One dashed trace per estimation method, with its interval as error bars; classification only. */
function estimateTraces(perf: PerformanceResult, metric: MainMetric, x: string[], format: string): ScatterTrace[] {
  if (perf.task !== 'classification') return [];
  const methods = [...new Set(perf.windows.flatMap((w) => w.estimates.map((e) => e.method)))];
  return methods.map((method) => {
    const values = perf.windows.map((w) => w.estimates.find((e) => e.method === method)?.accuracy ?? null);
    const y = values.map((v) => v?.value ?? null);
    return {
      type: 'scatter',
      name: `${metric.name} (estimated, ${ESTIMATE_NAME[method]})`,
      x,
      y,
      mode: 'lines+markers',
      line: { width: 2, dash: 'dash' },
      marker: { symbol: 'diamond', size: 7 },
      connectgaps: false,
      error_y: {
        type: 'data',
        symmetric: false,
        array: values.map((v, i) => (v?.interval && y[i] !== null ? Math.max(0, v.interval.high - (y[i] as number)) : 0)),
        arrayminus: values.map((v, i) => (v?.interval && y[i] !== null ? Math.max(0, (y[i] as number) - v.interval.low) : 0)),
        thickness: 1,
        width: 3,
      },
      hovertemplate: `%{y:${format}} estimated (${ESTIMATE_NAME[method]})<extra></extra>`,
    } satisfies ScatterTrace;
  });
}

/** Alerts grouped by onset and severity: one marker per onset, its hover listing every alert. */
function alertTraces(alerts: MonitorAlert[], perf: PerformanceResult): ScatterTrace[] {
  return (['alert', 'warn'] as const).flatMap((severity) => {
    const byOnset = new Map<number, MonitorAlert[]>();
    for (const a of alerts) if (a.severity === severity) byOnset.set(a.onset, [...(byOnset.get(a.onset) ?? []), a]);
    if (!byOnset.size) return [];
    const onsets = [...byOnset.keys()].sort((a, b) => a - b);
    const x: Datum[] = onsets.map((ms) => bucketLabel(ms, perf.bucket));
    return [
      {
        type: 'scatter',
        name: severity === 'alert' ? 'alert onset' : 'warning onset',
        x,
        y: onsets.map(() => MARKER_ROW),
        yaxis: 'y2',
        mode: 'markers',
        marker: { symbol: 'triangle-down', size: 11, color: SEVERITY_COLOR[severity] },
        text: onsets.map((ms) => (byOnset.get(ms) ?? []).map(alertHover).join('<br>')),
        hovertemplate: '%{text}<extra></extra>',
        meta: 'csv-text',
      } satisfies ScatterTrace,
    ];
  });
}

function alertHover(a: MonitorAlert): string {
  const where = a.column === '*' ? a.stage : `${a.stage}.${a.column}`;
  return `${a.severity} ${a.kind} ${where} (${formatOnset(a.onset, a.last)})`;
}
