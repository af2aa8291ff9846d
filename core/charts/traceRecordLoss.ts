import type { StageLoss, TimeBucketName, TraceResult } from '../protocol';
import type { FigureSpec, ScatterTrace } from './figure';
import { bucketLabel } from './format';
import { baseLayout, bucketNoun } from './layout';

type LossKind = 'dropped' | 'nulled' | 'changed';
type Dash = 'solid' | 'dash' | 'dot';

const KINDS: readonly LossKind[] = ['dropped', 'nulled', 'changed'];
const COLORS: Readonly<Record<LossKind, string>> = { dropped: '#d9534f', nulled: '#d4a017', changed: '#4f7fd6' };
const DASHES: Readonly<Record<LossKind, Dash>> = { dropped: 'solid', nulled: 'dash', changed: 'dot' };
/** One color per pair when all pairs share a chart (the kind is then the dash). */
const PAIR_COLORS = ['#d9534f', '#4f7fd6', '#2e9e6b', '#b15fd3', '#d4a017', '#3aa7c2', '#8a8f98'];

/** "ingest → clean": how a pair of consecutive stages is named in charts and lists. */
export function stagePairLabel(loss: Pick<StageLoss, 'from' | 'to'>): string {
  return `${loss.from} → ${loss.to}`;
}

/**
 * Records lost or altered between every pair of consecutive keyed stages, per window of the
 * upstream stage: one line per pair and kind that is ever non-zero (a kind that never happens
 * would only crowd the legend). Undefined when no pair has windows.
 */
export function recordLossFigure(result: TraceResult): FigureSpec | undefined {
  const data = result.stageLoss.flatMap((loss, pair) => lossTraces(loss, result.bucket, { prefix: `${stagePairLabel(loss)} `, color: () => PAIR_COLORS[pair % PAIR_COLORS.length], dash: (kind) => DASHES[kind] }));
  if (!data.length) return undefined;
  return lossFigure(data, result.bucket, 320);
}

/** The same for one pair, small: dropped, nulled and changed per window. Undefined without windows. */
export function stageLossFigure(loss: StageLoss, bucket: TimeBucketName): FigureSpec | undefined {
  if (!loss.byWindow.length) return undefined;
  return lossFigure(lossTraces(loss, bucket, { prefix: '', color: (kind) => COLORS[kind], dash: () => 'solid', keepEmpty: true }), bucket, 220);
}

function lossTraces(loss: StageLoss, bucket: TimeBucketName, style: { prefix: string; color: (kind: LossKind) => string; dash: (kind: LossKind) => Dash; keepEmpty?: boolean }): ScatterTrace[] {
  const x = loss.byWindow.map((w) => bucketLabel(w.start, bucket));
  return KINDS.filter((kind) => style.keepEmpty || loss[kind] > 0).map((kind) => ({
    type: 'scatter',
    name: `${style.prefix}${kind}`,
    mode: loss.byWindow.length > 60 ? 'lines' : 'lines+markers',
    x,
    y: loss.byWindow.map((w) => w[kind]),
    line: { width: 2, color: style.color(kind), dash: style.dash(kind) },
    marker: { size: 5, color: style.color(kind) },
    text: loss.byWindow.map((w) => `of ${w.upstream.toLocaleString('en-US')} upstream`),
    hovertemplate: `${style.prefix}${kind}: %{y:,} records %{text}<extra></extra>`,
  }));
}

function lossFigure(data: ScatterTrace[], bucket: TimeBucketName, height: number): FigureSpec {
  const base = baseLayout();
  return {
    data,
    layout: {
      ...base,
      height,
      margin: height < 300 ? { l: 56, r: 16, t: 32, b: 40 } : base.margin,
      hovermode: 'x unified',
      xaxis: { type: 'date', title: { text: `${bucketNoun(bucket)} (UTC)` }, automargin: true },
      yaxis: { title: { text: 'Records' }, tickformat: ',~f', rangemode: 'tozero', automargin: true },
    },
  };
}
