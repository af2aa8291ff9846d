import type { Engine } from '../../engine/engine';
import type { Pipeline, PipelineStage } from '../../io/pipeline';
import type { DriftSource } from '../../protocol/messages';
import type { DriftInput } from './detectDrift';
import { readLogFile } from '../../io/readLogFile';
import { SightlineInputError } from '../../io/errors';
import { findStage } from '../../io/pipeline';
import { instantLabel, rangeLabel } from './rangeLabel';

export type OpenTarget = (target: string) => Promise<{ pipeline: Pipeline; engine: Engine }>;

/**
 * Resolves one side of a drift comparison: a log file is read whole; a pipeline stage is taken
 * from the engine `open` returns, cut to its event-time range as a derived engine stage, so the
 * drift tests ask the engine for statistics of just those rows.
 */
export async function openDriftInput(source: DriftSource, open: OpenTarget, signal?: AbortSignal): Promise<DriftInput> {
  if ('file' in source) return { table: await readLogFile(source.file, { signal }), source: source.file };
  const { pipeline, engine } = await open(source.target);
  signal?.throwIfAborted();
  const stage = stageOf(pipeline, source.stage);
  if (source.start === undefined && source.end === undefined) return { engine, stage: stage.name, source: stage.name };
  const time = timeColumnOf(pipeline, stage);
  assertOrdered(stage.name, source.start, source.end);
  const sliced = await engine.timeSlice(stage.name, { time, start: source.start, end: source.end });
  const label = rangeLabel(source.start, source.end);
  if ((await engine.rowCount(sliced)) === 0) throw await emptyRange(engine, stage.name, time, label);
  return { engine, stage: sliced, source: `${stage.name} ${label}` };
}

function stageOf(pipeline: Pipeline, name: string): PipelineStage {
  const stage = findStage(pipeline, name);
  if (stage) return stage;
  const names = pipeline.stages.map((s) => s.name).join(', ');
  throw new SightlineInputError('drift.unknown-stage', `${pipeline.source} has no stage "${name}" (stages: ${names})`, {
    file: pipeline.source,
    hint: `Pick one of: ${names}.`,
  });
}

function timeColumnOf(pipeline: Pipeline, stage: PipelineStage): string {
  if (stage.time) return stage.time;
  throw new SightlineInputError('drift.no-time-column', `stage "${stage.name}" has no time column, so it cannot be cut to a time range`, {
    file: pipeline.source,
    hint: `Name its event-time column with "time" on the stage in sightline.json, or compare the whole stage (no range).`,
  });
}

function assertOrdered(stage: string, start: number | undefined, end: number | undefined): void {
  if (start === undefined || end === undefined || end > start) return;
  throw new SightlineInputError('drift.bad-range', `the range ${rangeLabel(start, end)} for stage "${stage}" is empty: its end must come after its start (the end is exclusive)`);
}

async function emptyRange(engine: Engine, stage: string, time: string, label: string): Promise<SightlineInputError> {
  const profile = (await engine.profile(stage)).find((p) => p.name === time);
  const span = profile?.min === undefined || profile.max === undefined
    ? `no row has a value in its time column "${time}"`
    : `its time column "${time}" spans ${instantLabel(profile.min)} to ${instantLabel(profile.max)}`;
  return new SightlineInputError('drift.empty-range', `stage "${stage}" has no rows in ${label} (${span})`, {
    column: time,
    hint: 'Pick a range inside the stage\'s time span; the end is exclusive.',
  });
}
