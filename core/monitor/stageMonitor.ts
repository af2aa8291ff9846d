import type { ColumnProfile, ColumnWindowStats, Engine, TimeBucket, WindowSummary } from '../engine/engine';
import type { PipelineStage } from '../io/pipeline';
import type { ColumnWindowFigures, DriftDetails, MonitorReference, ScoredFigure, StageMonitor, StageWindowFigures } from './types';
import type { FigureSeries } from './scoreSeries';
import { scoreSeries } from './scoreSeries';
import { isReferenceWindow } from './referenceWindows';
import { volumeSeries } from './volume';
import { nullSeries } from './nullRates';
import { outOfRangeSeries } from './outOfRange';
import { MAX_CATEGORIES, unseenSeries } from './unseenCategories';
import type { WindowColumnQuery } from './unseenCategories';
import { summaryShift } from './summaryShift';
import type { SliceColumn, WindowDriftResult } from './windowDrift';
import { windowDrift } from './windowDrift';
import { referenceBins } from './driftBins';
import type { VersionSegment } from './modelVersions';
import { versionSegments } from './modelVersions';
import { DEFAULT_REFERENCE_WINDOWS } from './referenceWindows';

const DRILL_DOWN = 5;
/** Slices per slice column: its most frequent values. */
const MAX_SLICE_VALUES = 30;

export interface StageContext {
  engine: Engine;
  stage: PipelineStage;
  timeColumn: string;
  bucket: TimeBucket;
  reference: MonitorReference;
  /** Window starts of the whole pipeline, ascending. */
  windows: number[];
  /** For the predictions stage: the model's output columns and the column naming the model version. */
  modelOutputs?: { columns: string[]; versionColumn: string };
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
  const slices = await sliceColumns(engine, stage, profile);
  const versions = await modelVersionSegments(context, starts);
  for (const column of profile) {
    const stats = starts.map((s) => byStart.get(s)?.columns[column.name]);
    const input = { context, monitor, column, stats, rows, starts, isReference, slices };
    columns[column.name] = versions && context.modelOutputs?.columns.includes(column.name) ? await versionedFigures(input, versions) : await columnFigures(input);
  }
  if (versions) monitor.notes.push(versionNote(versions, context.modelOutputs!.columns, starts, bucket));
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
  slices: SliceColumn[];
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
  const drift = await driftFigures(input, range?.range);
  if (drift) {
    thresholds.drift = drift.rule;
    monitor.driftDetails ??= {};
    monitor.driftDetails[column.name] = { sliceFactor: drift.sliceFactor, subpopulations: drift.subpopulations.map((s) => s ?? null), largestMove: drift.largestMove.map((m) => m ?? null) };
  }
  monitor.thresholds[column.name] = thresholds;
  const summary = column.name === input.context.stage.key ? [] : summaryShift(stats, input.starts, input.context.bucket, column.type);
  const alwaysPresent = rows.every((n, w) => !isReference[w] || n === 0 || (stats[w]?.valid ?? 0) > 0) && isReference.some(Boolean);
  return stats.map((s, w) => ({
    nullRate: nulls.figures[w],
    outOfRange: range?.scored.figures[w],
    unseen: unseen?.figures[w],
    summary: summary[w],
    ...(drift?.figures[w] ? { drift: drift.figures[w] } : {}),
    absent: alwaysPresent && rows[w] > 0 && (s?.valid ?? 0) === 0,
  }));
}

/** Version segments when the stage logs a model version that changes after the reference; otherwise undefined. */
async function modelVersionSegments(context: StageContext, starts: number[]): Promise<VersionSegment[] | undefined> {
  if (!context.modelOutputs) return undefined;
  const segments = await versionSegments(context.engine, context.stage.name, { time: context.timeColumn, bucket: context.bucket, column: context.modelOutputs.versionColumn }, starts);
  return segments.length > 1 ? segments : undefined;
}

/**
 * A new model version is expected to change its own outputs, so each version's outputs are
 * compared with that version's first windows (the first version with the pipeline's reference).
 * The change itself shows once, as the version column's unseen-category alert, and performance
 * against labels still compares every version with the reference.
 */
async function versionedFigures(input: ColumnInput, segments: VersionSegment[]): Promise<ColumnWindowFigures[]> {
  const figures: ColumnWindowFigures[] = [];
  let details: DriftDetails | undefined;
  for (const [k, segment] of segments.entries()) {
    const cut = <T>(values: T[]): T[] => values.slice(segment.from, segment.to);
    const isReference = k === 0 ? cut(input.isReference) : firstWindows(cut(input.rows), DEFAULT_REFERENCE_WINDOWS);
    const part = await columnFigures({ ...input, stats: cut(input.stats), rows: cut(input.rows), starts: cut(input.starts), isReference });
    figures.push(...part);
    const partDetails = input.monitor.driftDetails?.[input.column.name];
    details = partDetails && {
      sliceFactor: partDetails.sliceFactor,
      subpopulations: [...(details?.subpopulations ?? []), ...partDetails.subpopulations],
      largestMove: [...(details?.largestMove ?? []), ...partDetails.largestMove],
    };
  }
  if (details) input.monitor.driftDetails![input.column.name] = details;
  return figures;
}

function firstWindows(rows: number[], n: number): boolean[] {
  let taken = 0;
  return rows.map((count) => count > 0 && taken++ < n);
}

function versionNote(segments: VersionSegment[], columns: string[], starts: number[], bucket: TimeBucket): string {
  const changes = segments.slice(1).map((s) => `${s.version} from ${new Date(starts[s.from]).toISOString().slice(0, bucket === 'hour' ? 13 : 10)}`);
  return `model versions: ${segments[0].version || '(none)'}, then ${changes.join(', ')}; ${columns.join(' and ')} of each later version are compared with its first ${DEFAULT_REFERENCE_WINDOWS} windows, and their thresholds and ranges are the current version's`;
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

async function driftFigures(input: ColumnInput, range: { lo: number; hi: number } | undefined): Promise<WindowDriftResult | undefined> {
  const { context, column } = input;
  if (column.name === context.stage.key || (column.type === 'category' && (column.distinct ?? Infinity) > MAX_CATEGORIES)) return undefined;
  const query = windowQuery(input);
  const bins = await referenceBins(query, column.type, range);
  return bins && windowDrift(query, bins, input.slices);
}

/** Category and boolean columns (not the key, not identifiers) with their most frequent values. */
async function sliceColumns(engine: Engine, stage: PipelineStage, profile: ColumnProfile[]): Promise<SliceColumn[]> {
  const slices: SliceColumn[] = [];
  for (const column of profile) {
    if (column.name === stage.key || (column.type !== 'category' && column.type !== 'boolean')) continue;
    if (column.type === 'category' && (column.distinct ?? Infinity) > MAX_CATEGORIES) continue;
    const values = (await engine.valueCounts(stage.name, column.name, MAX_SLICE_VALUES)).flatMap((v) => (v.value === null ? [] : [v.value]));
    if (values.length >= 2) slices.push({ column: column.name, values });
  }
  return slices;
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
    .sort(byScoreDescending)
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

/**
 * Higher scores first; scores equal to rounding (1e-9 relative) keep column order, so engines
 * that add in different orders list the same columns.
 */
function byScoreDescending(a: { score: number }, b: { score: number }): number {
  const scale = Math.max(1, Math.abs(a.score), Math.abs(b.score));
  return Math.abs(a.score - b.score) <= 1e-9 * scale ? 0 : b.score - a.score;
}
