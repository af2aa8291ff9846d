import type { ColumnProfile, ColumnWindowStats, Engine, TimeBucket, WindowSummary } from '../engine/engine';
import type { PipelineStage } from '../io/pipeline';
import type { ColumnWindowFigures, MonitorReference, ScoredFigure, StageMonitor, StageWindowFigures } from './types';
import type { FigureSeries } from './scoreSeries';
import { scoreSeries } from './scoreSeries';
import { isReferenceWindow } from './referenceWindows';
import { volumeSeries } from './volume';
import { nullSeries } from './nullRates';
import { outOfRangeSeries } from './outOfRange';
import { MAX_CATEGORIES, unseenSeries } from './unseenCategories';
import type { WindowColumnQuery } from './unseenCategories';
import { summaryShift } from './summaryShift';

const DRILL_DOWN = 5;

export interface StageContext {
  engine: Engine;
  stage: PipelineStage;
  timeColumn: string;
  bucket: TimeBucket;
  reference: MonitorReference;
  /** Window starts of the whole pipeline, ascending. */
  windows: number[];
}

/** Every window-level figure of one stage, scored against its reference windows. */
export async function monitorStage(context: StageContext): Promise<StageMonitor> {
  const { engine, stage, timeColumn, bucket } = context;
  const profile = (await engine.profile(stage.name)).filter((c) => c.name !== timeColumn);
  const summaries = await engine.windowSummaries(stage.name, { time: timeColumn, bucket, columns: profile.map((c) => c.name) });
  const starts = stageStarts(context.windows, summaries);
  const byStart = new Map(summaries.map((s) => [s.start, s]));
  const rows = starts.map((s) => byStart.get(s)?.rows ?? 0);
  const isReference = starts.map((s) => isReferenceWindow(s, bucket, context.reference));
  const monitor: StageMonitor = {
    stage: stage.name,
    timeColumn,
    referenceWindows: isReference.filter(Boolean).length,
    notes: typeConflictNotes(engine, stage.name),
    ranges: {},
    thresholds: {},
    windows: [],
  };
  const volume = scoreSeries(volumeSeries(rows, isReference));
  monitor.thresholds['*'] = { volume: volume.rule };
  const columns: Record<string, ColumnWindowFigures[]> = {};
  for (const column of profile) {
    const stats = starts.map((s) => byStart.get(s)?.columns[column.name]);
    columns[column.name] = await columnFigures({ context, monitor, column, stats, rows, starts, isReference });
  }
  monitor.windows = starts.map((start, w) => windowFigures(start, w, rows, isReference, volume.figures, columns));
  if (monitor.referenceWindows < 2) monitor.notes.push(`only ${monitor.referenceWindows} reference window(s): thresholds rest on the minimum changes alone`);
  return monitor;
}

/** The pipeline's windows from the stage's first to its last, so a window with no rows shows as volume 0. */
function stageStarts(windows: number[], summaries: WindowSummary[]): number[] {
  if (!summaries.length) return [];
  const first = summaries[0].start;
  const last = summaries[summaries.length - 1].start;
  return windows.filter((s) => s >= first && s <= last);
}

interface ColumnInput {
  context: StageContext;
  monitor: StageMonitor;
  column: ColumnProfile;
  stats: (ColumnWindowStats | undefined)[];
  rows: number[];
  starts: number[];
  isReference: boolean[];
}

async function columnFigures(input: ColumnInput): Promise<ColumnWindowFigures[]> {
  const { monitor, column, stats, rows, isReference } = input;
  const thresholds: StageMonitor['thresholds'][string] = {};
  const nulls = scoreSeries(nullSeries(stats.map((s) => s?.nulls ?? 0), rows, isReference));
  thresholds.nulls = nulls.rule;
  const range = await rangeFigures(input);
  if (range) {
    monitor.ranges[column.name] = range.range;
    thresholds['out-of-range'] = range.scored.rule;
  }
  const unseen = await unseenFigures(input);
  if (unseen) thresholds['unseen-category'] = unseen.rule;
  monitor.thresholds[column.name] = thresholds;
  const summary = column.name === input.context.stage.key ? [] : summaryShift(stats, input.starts, input.context.bucket, column.type);
  const alwaysPresent = rows.every((n, w) => !isReference[w] || n === 0 || (stats[w]?.valid ?? 0) > 0) && isReference.some(Boolean);
  return stats.map((s, w) => ({
    nullRate: nulls.figures[w],
    outOfRange: range?.scored.figures[w],
    unseen: unseen?.figures[w],
    summary: summary[w],
    absent: alwaysPresent && rows[w] > 0 && (s?.valid ?? 0) === 0,
  }));
}

async function rangeFigures(input: ColumnInput): Promise<{ range: { lo: number; hi: number }; scored: ReturnType<typeof scoreSeries> } | undefined> {
  const { context, column, stats } = input;
  if (column.type !== 'number' || column.name === context.stage.key) return undefined;
  const result = await outOfRangeSeries({
    ...windowQuery(input),
    mins: stats.map((s) => s?.min ?? null),
    maxs: stats.map((s) => s?.max ?? null),
  });
  return result && { range: result.range, scored: scoreSeries(result.series) };
}

async function unseenFigures(input: ColumnInput): Promise<ReturnType<typeof scoreSeries> | undefined> {
  const { context, column } = input;
  if (column.type !== 'category' || column.name === context.stage.key || (column.distinct ?? Infinity) > MAX_CATEGORIES) return undefined;
  const series: FigureSeries = await unseenSeries(windowQuery(input));
  return scoreSeries(series);
}

function windowFigures(
  start: number,
  w: number,
  rows: number[],
  isReference: boolean[],
  volume: ScoredFigure[],
  columns: Record<string, ColumnWindowFigures[]>,
): StageWindowFigures {
  const perColumn = Object.fromEntries(Object.entries(columns).map(([name, figures]) => [name, figures[w]]));
  const drillDown = Object.entries(perColumn)
    .flatMap(([column, f]) => (f.summary ? [{ column, statistic: f.summary.statistic, score: f.summary.score }] : []))
    .sort((a, b) => b.score - a.score)
    .slice(0, DRILL_DOWN);
  return { start, reference: isReference[w], rows: rows[w], volume: volume[w], columns: perColumn, drillDown };
}

/** The loader reports a type change across files only per stage, not per file or window. */
function typeConflictNotes(engine: Engine, stage: string): string[] {
  return engine
    .loadReports(stage)
    .flatMap((r) => r.diagnostics)
    .filter((d) => d.code === 'concat.type-conflict')
    .map((d) => `schema: ${d.message} (the loader does not say from which file on, so no onset)`);
}

function windowQuery(input: ColumnInput): WindowColumnQuery {
  const { context, column } = input;
  return {
    engine: context.engine,
    stage: context.stage.name,
    time: context.timeColumn,
    bucket: context.bucket,
    column: column.name,
    starts: input.starts,
    isReference: input.isReference,
  };
}
