import type { OverviewResult, ResultKind, SightlineResult } from '../protocol';
import type { FigureSpec } from './figure';
import { labelCoverageFigure } from './labelCoverage';
import { nullRateFigure } from './nullRates';
import { volumeFigure } from './volume';
import { overviewMonitorFigure } from './monitorScores';

type ResultOf<K extends ResultKind> = Extract<SightlineResult, { kind: K }>;

interface ChartEntry<K extends ResultKind> {
  kind: K;
  title: string;
  build: (result: ResultOf<K>) => FigureSpec | undefined;
}

/**
 * Every chart a report section or a panel can ask for by name. A new analysis adds its
 * builders here; the key travels through HTML attributes and webview messages.
 */
const charts = {
  'overview.volume': { kind: 'overview', title: 'Volume per stage over time', build: volumeFigure },
  'overview.nullRates': { kind: 'overview', title: 'Null rates by stage and column', build: nullRateFigure },
  'overview.labelCoverage': { kind: 'overview', title: 'Label coverage and lag', build: labelCoverageFigure },
  'overview.monitorScores': { kind: 'overview', title: 'Worst monitoring score per stage and window', build: overviewMonitorFigure },
} satisfies Record<string, ChartEntry<'overview'>>;

export type ChartKey = keyof typeof charts;

export function isChartKey(key: string): key is ChartKey {
  return Object.hasOwn(charts, key);
}

export function chartTitle(key: ChartKey): string {
  return charts[key].title;
}

/** The figure for `key`, or undefined when the result has nothing to draw for it. */
export function buildChart(key: ChartKey, result: SightlineResult): FigureSpec | undefined {
  const entry = charts[key];
  if (result.kind !== entry.kind) {
    throw new Error(`chart "${key}" needs a ${entry.kind} result, got ${result.kind}`);
  }
  return entry.build(result as OverviewResult);
}
