import type { ResultKind, SightlineResult } from '../protocol';
import type { FigureSpec } from './figure';
import { labelCoverageFigure } from './labelCoverage';
import { nullRateFigure } from './nullRates';
import { volumeFigure } from './volume';
import { overviewMonitorFigure } from './monitorScores';
import { monitorHeatmapFigure } from './monitorHeatmap';
import { monitorPerformanceFigure } from './monitorPerformance';
import { driftEffectsFigure } from './driftEffects';
import { slicesErrorsFigure } from './slicesErrors';
import { sliceDiffSharesFigure } from './sliceDiffShares';
import { recordLossFigure } from './traceRecordLoss';
import { whatIfOverTimeFigure } from './whatIfOverTime';
import { whatIfBySliceFigure } from './whatIfBySlice';
import { whatIfScheduleFigure } from './whatIfSchedule';

export type ResultOf<K extends ResultKind> = Extract<SightlineResult, { kind: K }>;

interface ChartEntry<K extends ResultKind> {
  kind: K;
  title: string;
  // Method syntax on purpose: buildChart views any entry as a CheckedEntry once the kind is
  // checked, while `satisfies` below still rejects an entry whose builder takes another kind.
  build(result: ResultOf<K>): FigureSpec | undefined;
}

/** An entry for any result kind, each entry's builder tied to its own kind. */
type AnyChartEntry = { [K in ResultKind]: ChartEntry<K> }[ResultKind];

/**
 * Every chart a report section or a panel can ask for by name. A new analysis adds its
 * builders here; the key travels through HTML attributes and webview messages.
 */
const charts = {
  'overview.volume': { kind: 'overview', title: 'Volume per stage over time', build: volumeFigure },
  'overview.nullRates': { kind: 'overview', title: 'Null rates by stage and column', build: nullRateFigure },
  'overview.labelCoverage': { kind: 'overview', title: 'Label coverage and lag', build: labelCoverageFigure },
  'overview.monitorScores': { kind: 'overview', title: 'Worst monitoring score per stage and window', build: overviewMonitorFigure },
  'monitor.heatmap': { kind: 'monitor', title: 'Worst score per stage, column and window', build: monitorHeatmapFigure },
  'monitor.performance': { kind: 'monitor', title: 'Performance per window with label coverage', build: monitorPerformanceFigure },
  'drift.effects': { kind: 'drift', title: 'Effect size per column with its 95% interval', build: driftEffectsFigure },
  'slices.errors': { kind: 'slices', title: 'Error per slice with its 95% interval', build: slicesErrorsFigure },
  'sliceDiff.shares': { kind: 'slice-diff', title: 'Share of rows per slice, reference vs current', build: sliceDiffSharesFigure },
  'trace.recordLoss': { kind: 'trace', title: 'Records dropped, nulled and changed between stages', build: recordLossFigure },
  'whatif.overTime': { kind: 'whatif', title: 'Primary metric per window, as logged and with the remediation', build: whatIfOverTimeFigure },
  'whatif.bySlice': { kind: 'whatif', title: 'Change in the primary metric per slice with its interval', build: whatIfBySliceFigure },
  'whatif.schedule': { kind: 'whatif', title: 'Retraining schedule: change against model age or per policy', build: whatIfScheduleFigure },
} satisfies Record<string, AnyChartEntry>;

export type ChartKey = keyof typeof charts;

/** The result kind a chart is built from: `ChartKind<'drift.effects'>` is `'drift'`. */
export type ChartKind<Key extends ChartKey> = (typeof charts)[Key]['kind'];

export function isChartKey(key: string): key is ChartKey {
  return Object.hasOwn(charts, key);
}

export function chartTitle(key: ChartKey): string {
  return charts[key].title;
}

/** The result kind `key` draws from. */
export function chartKind<Key extends ChartKey>(key: Key): ChartKind<Key> {
  return charts[key].kind;
}

/** The chart keys that draw from a result of `kind`, in registry order. */
export function chartsFor(kind: ResultKind): ChartKey[] {
  return (Object.keys(charts) as ChartKey[]).filter((key) => charts[key].kind === kind);
}

/** The figure for `key`, or undefined when the result has nothing to draw for it. */
export function buildChart(key: ChartKey, result: SightlineResult): FigureSpec | undefined {
  const entry: CheckedEntry = charts[key];
  if (result.kind !== entry.kind) throw new Error(`chart "${key}" needs a ${entry.kind} result, got ${result.kind}`);
  return entry.build(result);
}

/** Any entry, seen after its kind has been checked against the result at run time. */
interface CheckedEntry {
  kind: ResultKind;
  build(result: SightlineResult): FigureSpec | undefined;
}
