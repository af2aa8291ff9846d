import type { Engine, TimeBucket } from '../engine/engine';
import { chooseBucket } from '../engine/engine';
import type { Pipeline, PipelineStage } from '../io/pipeline';
import type { MonitorResult, StageMonitor } from './types';
import { DEFAULT_REFERENCE_WINDOWS, monitorReference } from './referenceWindows';
import { monitorStage } from './stageMonitor';
import { stageFindings } from './findings';
import { mergeEpisodes } from './episodes';
import type { PerformanceRowSource } from '../detect/performance/tableRows';
import { monitorPerformance } from './monitorPerformance';

/** Quiet windows an episode may span before a new finding counts as a new alert: a week of days, a day of hours. */
export const EPISODE_GAP: Record<TimeBucket, number> = { hour: 24, day: 7, week: 2 };

export interface MonitorOptions {
  /** Window size; by default one that gives a readable number of windows for the data's span. */
  bucket?: TimeBucket;
  /** Reference windows when the pipeline has no reference time range. */
  referenceWindows?: number;
  /** Rows for the performance series; without it, or without predictions and labels, no performance. */
  rows?: PerformanceRowSource;
}

/** Windowed data-quality monitoring of every stage that has an event-time column. */
export async function monitorPipeline(pipeline: Pipeline, engine: Engine, options: MonitorOptions = {}): Promise<MonitorResult> {
  const timed = pipeline.stages.filter((s): s is PipelineStage & { time: string } => !!s.time);
  const bucket = options.bucket ?? chooseBucket(await timeSpan(engine, timed));
  const windows = await pipelineWindows(engine, timed, bucket);
  const reference = monitorReference(pipeline, windows, bucket, options.referenceWindows ?? DEFAULT_REFERENCE_WINDOWS);
  const stages: StageMonitor[] = [];
  for (const stage of timed) stages.push(await monitorStage({ engine, stage, timeColumn: stage.time, bucket, reference, windows, modelOutputs: modelOutputsOf(pipeline, stage.name) }));
  const perf = options.rows ? await monitorPerformance(pipeline, engine, options.rows, { bucket, reference }) : { findings: [], notes: [] };
  return {
    kind: 'monitor',
    version: 1,
    pipeline: pipeline.name,
    source: pipeline.source,
    bucket,
    reference,
    windows,
    stages,
    alerts: mergeEpisodes([...stages.flatMap(stageFindings), ...perf.findings], EPISODE_GAP[bucket]),
    ...(perf.performance ? { performance: perf.performance } : {}),
    ...(perf.labelLagRule ? { labelLagRule: perf.labelLagRule } : {}),
    ...(perf.notes.length ? { notes: perf.notes } : {}),
  };
}

async function pipelineWindows(engine: Engine, stages: (PipelineStage & { time: string })[], bucket: TimeBucket): Promise<number[]> {
  const starts = new Set<number>();
  for (const stage of stages) for (const w of await engine.windowSummaries(stage.name, { time: stage.time, bucket, columns: [] })) starts.add(w.start);
  return [...starts].sort((a, b) => a - b);
}

async function timeSpan(engine: Engine, stages: (PipelineStage & { time: string })[]): Promise<number> {
  const ends: number[] = [];
  for (const stage of stages) {
    const time = (await engine.profile(stage.name)).find((c) => c.name === stage.time);
    if (time?.min !== undefined && time.max !== undefined) ends.push(time.min, time.max);
  }
  return ends.length ? Math.max(...ends) - Math.min(...ends) : 0;
}

function modelOutputsOf(pipeline: Pipeline, stage: string): { columns: string[]; versionColumn: string } | undefined {
  const p = pipeline.predictions;
  if (!p || p.stage !== stage || !p.modelVersion) return undefined;
  const columns = [p.score, p.class].filter((c): c is string => c !== undefined);
  return columns.length ? { columns, versionColumn: p.modelVersion } : undefined;
}
