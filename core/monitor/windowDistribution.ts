import type { ColumnProfile, Engine, HistogramCounts, TimeBucket, ValueCount } from '../engine/engine';
import { bucketStart, chooseBucket } from '../engine/engine';
import type { Pipeline, PipelineStage } from '../io/pipeline';
import { findStage } from '../io/pipeline';
import { SightlineInputError } from '../io/errors';
import { niceEdges } from '../stats/niceEdges';
import type { DistributionComparison, MonitorReference } from './types';
import { DEFAULT_REFERENCE_WINDOWS, monitorReference } from './referenceWindows';
import { BUCKET_MS } from '../protocol';

/** Which column of which stage, over which window (epoch ms, end exclusive). */
export interface DistributionRequest {
  stage: string;
  column: string;
  start: number;
  end: number;
}

export interface DistributionOptions {
  /** The monitor's window size; by default the window's own length when it is one, else the monitor's default. */
  bucket?: TimeBucket;
  referenceWindows?: number;
}

/** Categories beyond this many reference values share "(other)": a readable overlay, not a long tail. */
export const MAX_CATEGORIES = 12;
export const OTHER = '(other)';
export const MISSING = '(missing)';


/**
 * A column's distribution in the monitor's reference beside one window's, on bins the
 * reference fixes: round numeric edges over the reference range (values outside get "< lo" and
 * "> hi" bins), or the reference's most frequent categories with "(other)"; "(missing)" counts
 * rows without a value. Both sides are engine histograms and value counts of time slices.
 */
export async function windowDistribution(
  pipeline: Pipeline,
  engine: Engine,
  request: DistributionRequest,
  options: DistributionOptions = {},
): Promise<DistributionComparison> {
  const stage = timedStage(pipeline, request.stage);
  if (!(request.end > request.start)) throw new SightlineInputError('distribution.range', `the window must end after it starts (got ${request.start} .. ${request.end})`);
  const profile = (await engine.profile(stage.name)).find((c) => c.name === request.column);
  if (!profile) throw new SightlineInputError('engine.unknown-column', `stage "${stage.name}" has no column "${request.column}"`, { column: request.column });
  const bucket = options.bucket ?? bucketOfLength(request.end - request.start) ?? chooseBucket(await timeSpan(engine, pipeline));
  const reference = await referenceOf(engine, pipeline, bucket, options.referenceWindows ?? DEFAULT_REFERENCE_WINDOWS);
  const ranges = {
    reference: { time: stage.time, start: reference.start, end: reference.end },
    current: { time: stage.time, start: request.start, end: request.end },
  };
  if (profile.type === 'category' || profile.type === 'boolean') return categorical(engine, stage.name, profile, ranges);
  return numeric(engine, stage.name, profile, ranges, bucket);
}

/** Rows of a stage's `time` in [start, end), epoch ms. */
interface TimeRange {
  time: string;
  start: number;
  end: number;
}

type Ranges = { reference: TimeRange; current: TimeRange };

/** Each side as a derived engine stage (a view in a SQL engine), so plain histograms and value counts answer for it. */
async function slices(engine: Engine, stage: string, ranges: Ranges): Promise<{ reference: string; current: string }> {
  return {
    reference: await engine.timeSlice(stage, ranges.reference),
    current: await engine.timeSlice(stage, ranges.current),
  };
}

async function numeric(engine: Engine, stage: string, profile: ColumnProfile, ranges: Ranges, bucket: TimeBucket): Promise<DistributionComparison> {
  const edges = await referenceEdges(engine, stage, profile.name, ranges, bucket);
  const sliced = await slices(engine, stage, ranges);
  const ref = await engine.histogram(sliced.reference, profile.name, edges);
  const cur = await engine.histogram(sliced.current, profile.name, edges);
  const label = profile.type === 'time' ? timeLabel : numberLabel;
  const bins = edges.slice(0, -1).map((lo, i) => `${label(lo)} – ${label(edges[i + 1])}`);
  const sides = { reference: [...ref.counts], current: [...cur.counts] };
  const extra = (name: string, pick: (h: HistogramCounts) => number, atStart: boolean) => {
    if (pick(ref) + pick(cur) === 0) return;
    if (atStart) bins.unshift(name);
    else bins.push(name);
    sides.reference[atStart ? 'unshift' : 'push'](pick(ref));
    sides.current[atStart ? 'unshift' : 'push'](pick(cur));
  };
  extra(`< ${label(edges[0])}`, (h) => h.below, true);
  extra(`> ${label(edges[edges.length - 1])}`, (h) => h.above, false);
  extra(MISSING, (h) => h.missing, false);
  return {
    stage,
    column: profile.name,
    kind: 'numeric',
    bins,
    edges,
    reference: side(ranges.reference, sides.reference),
    current: side(ranges.current, sides.current),
  };
}

async function categorical(engine: Engine, stage: string, profile: ColumnProfile, ranges: Ranges): Promise<DistributionComparison> {
  const name = profile.type === 'boolean' ? booleanLabel : (value: string) => value;
  const sliced = await slices(engine, stage, ranges);
  const ref = await engine.valueCounts(sliced.reference, profile.name);
  const cur = await engine.valueCounts(sliced.current, profile.name);
  let top = ref.filter((v): v is { value: string; count: number } => v.value !== null).slice(0, MAX_CATEGORIES).map((v) => v.value);
  // With no reference values at all, the window's own top values keep the overlay readable.
  if (!top.length) top = cur.filter((v): v is { value: string; count: number } => v.value !== null).slice(0, MAX_CATEGORIES).map((v) => v.value);
  const refBins = categoryBins(ref, top);
  const curBins = categoryBins(cur, top);
  const bins = top.map(name);
  const reference = [...refBins.top];
  const current = [...curBins.top];
  for (const [label, r, c] of [[OTHER, refBins.other, curBins.other], [MISSING, refBins.missing, curBins.missing]] as const) {
    if (r + c === 0) continue;
    bins.push(label);
    reference.push(r);
    current.push(c);
  }
  return { stage, column: profile.name, kind: 'categorical', bins, reference: side(ranges.reference, reference), current: side(ranges.current, current) };
}

function categoryBins(counts: ValueCount[], top: string[]): { top: number[]; other: number; missing: number } {
  const byValue = new Map(counts.map((c) => [c.value, c.count]));
  const kept = new Set(top);
  let other = 0;
  for (const c of counts) if (c.value !== null && !kept.has(c.value)) other += c.count;
  return { top: top.map((v) => byValue.get(v) ?? 0), other, missing: byValue.get(null) ?? 0 };
}

/**
 * Round edges over the reference's range, about Sturges' number of bins for its size. The
 * range comes from the reference windows' summaries, which the engine keeps per window anyway.
 */
async function referenceEdges(engine: Engine, stage: string, column: string, ranges: Ranges, bucket: TimeBucket): Promise<number[]> {
  const summaries = await engine.windowSummaries(stage, { time: ranges.reference.time, bucket, columns: [column] });
  const within = (r: TimeRange) => summaries.filter((w) => w.start + BUCKET_MS[bucket] > r.start && w.start < r.end).map((w) => w.columns[column]);
  let stats = within(ranges.reference).filter((s) => s.valid > 0);
  if (!stats.length) stats = within(ranges.current).filter((s) => s.valid > 0);
  if (!stats.length) return [0, 1];
  const min = Math.min(...stats.map((s) => s.min ?? Infinity));
  const max = Math.max(...stats.map((s) => s.max ?? -Infinity));
  const count = stats.reduce((sum, s) => sum + s.valid, 0);
  return niceEdges(min, max, binCount(count));
}

/** Sturges' rule, kept between 5 and 30 bins so a chart stays readable at any size. */
export function binCount(n: number): number {
  return Math.min(30, Math.max(5, Math.ceil(Math.log2(Math.max(1, n)) + 1)));
}

/** The monitor's reference interval: the manifest's range, else the first windows of all stages. */
async function referenceOf(engine: Engine, pipeline: Pipeline, bucket: TimeBucket, firstN: number): Promise<MonitorReference> {
  if (pipeline.reference?.kind === 'range') return monitorReference(pipeline, [], bucket, firstN);
  const first = await firstTime(engine, pipeline);
  return monitorReference(pipeline, first === undefined ? [] : [bucketStart(first, bucket)], bucket, firstN);
}

function timedStages(pipeline: Pipeline): (PipelineStage & { time: string })[] {
  return pipeline.stages.filter((s): s is PipelineStage & { time: string } => !!s.time);
}

function timedStage(pipeline: Pipeline, name: string): PipelineStage & { time: string } {
  const stage = findStage(pipeline, name);
  if (!stage) throw new SightlineInputError('distribution.stage', `pipeline "${pipeline.name}" has no stage "${name}" (stages: ${pipeline.stages.map((s) => s.name).join(', ')})`);
  if (!stage.time) {
    throw new SightlineInputError('distribution.no-time', `stage "${name}" has no event-time column, so it has no windows to compare`, {
      hint: 'Name the event-time column with "time" in sightline.json (for the pipeline or the stage).',
    });
  }
  return { ...stage, time: stage.time };
}

async function timeBounds(engine: Engine, pipeline: Pipeline): Promise<number[]> {
  const bounds: number[] = [];
  for (const stage of timedStages(pipeline)) {
    const time = (await engine.profile(stage.name)).find((c) => c.name === stage.time);
    if (time?.min !== undefined && time.max !== undefined) bounds.push(time.min, time.max);
  }
  return bounds;
}

async function firstTime(engine: Engine, pipeline: Pipeline): Promise<number | undefined> {
  const bounds = await timeBounds(engine, pipeline);
  return bounds.length ? Math.min(...bounds) : undefined;
}

async function timeSpan(engine: Engine, pipeline: Pipeline): Promise<number> {
  const bounds = await timeBounds(engine, pipeline);
  return bounds.length ? Math.max(...bounds) - Math.min(...bounds) : 0;
}

function bucketOfLength(ms: number): TimeBucket | undefined {
  return (Object.keys(BUCKET_MS) as TimeBucket[]).find((b) => BUCKET_MS[b] === ms);
}

function side(range: TimeRange, counts: number[]): DistributionComparison['reference'] {
  return { start: range.start, end: range.end, rows: counts.reduce((sum, c) => sum + c, 0), counts };
}

function numberLabel(value: number): string {
  return String(Number(value.toPrecision(6)));
}

/** "2001-01-02 01:46" (UTC), or the date alone at midnight. */
function timeLabel(value: number): string {
  const iso = new Date(value).toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

function booleanLabel(value: string): string {
  if (value === '1' || value === 'true') return 'true';
  if (value === '0' || value === 'false') return 'false';
  return value;
}
