import type { ParsedArgs } from '../args';
import type { DriftInput } from '../../core/detect/drift';
import type { Pipeline } from '../../core/io/pipeline';
import type { Engine } from '../../core/engine/engine';
import type { TimeRange } from '../timeRange';
import { resolve } from 'node:path';
import { UsageError, stringFlag, engineOption } from '../args';
import { parseTimeRange } from '../timeRange';
import { openPipeline } from '../../core/io/openPipeline';
import { openEngine } from '../../core/engine/openEngine';
import { SightlineInputError } from '../../core/io/errors';
import { openDriftInput, pipelineReference } from '../../core/detect/drift';

export interface DriftSides {
  reference: DriftInput;
  current: DriftInput;
}

interface Gather {
  args: ParsedArgs;
  cwd: string;
  signal: AbortSignal;
  progress: (message: string, done?: number, total?: number) => void;
}

/** The two log files of `drift --reference R --current C`, or two ranges of a pipeline stage. */
export async function driftSides(context: Gather): Promise<DriftSides> {
  const { args } = context;
  const [target, ...extra] = args.positionals;
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
  if (target === undefined) return fileSides(context);
  for (const flag of ['reference', 'current']) {
    if (args.flags.has(flag)) throw new UsageError(`--${flag} takes a log file and cannot be combined with a pipeline; use --${flag}-range with ${target}`);
  }
  return stageSides(resolve(context.cwd, target), context);
}

async function fileSides({ args, cwd, signal, progress }: Gather): Promise<DriftSides> {
  for (const flag of ['stage', 'reference-range', 'current-range']) {
    if (args.flags.has(flag)) throw new UsageError(`--${flag} needs a pipeline: sightline drift <sightline.json | folder> --${flag} ...`);
  }
  const referencePath = requiredPath(args.flags.get('reference'), 'reference', cwd);
  const currentPath = requiredPath(args.flags.get('current'), 'current', cwd);
  const open = () => Promise.reject(new Error('a log file needs no pipeline'));
  progress('reading the reference');
  const reference = await openDriftInput({ file: referencePath }, open, signal);
  progress('reading the current data');
  const current = await openDriftInput({ file: currentPath }, open, signal);
  return { reference, current };
}

async function stageSides(target: string, { args, signal, progress }: Gather): Promise<DriftSides> {
  const referenceRange = rangeFlag(args, 'reference-range');
  const currentRange = rangeFlag(args, 'current-range');
  if (referenceRange && referenceRange.end === undefined && !currentRange) {
    throw new UsageError('--reference-range has no end, so the current data cannot default to what follows it: give --current-range too');
  }
  const opened = await openEngine(openPipeline(target, engineOption(args)), { signal, onProgress: progress });
  const open = async (): Promise<{ pipeline: Pipeline; engine: Engine }> => opened;
  const stage = stageFlag(args, opened.pipeline);
  progress('cutting the reference and current ranges');
  const reference = referenceRange
    ? { input: await openDriftInput({ target, stage, ...referenceRange }, open, signal), end: referenceRange.end }
    : await pipelineReference(opened.pipeline, opened.engine, stage, signal);
  if (!reference) {
    throw new SightlineInputError('drift.no-reference', `${opened.pipeline.source} names no reference, so drift needs one`, {
      file: opened.pipeline.source,
      hint: 'Pass --reference-range START..END (ISO dates, end exclusive), or add "reference": {"start": ..., "end": ...} to sightline.json.',
    });
  }
  // Without --current-range the current data is what follows the reference: comparing rows with themselves would hide drift.
  const current = await openDriftInput({ target, stage, ...(currentRange ?? (reference.end === undefined ? {} : { start: reference.end })) }, open, signal);
  return { reference: reference.input, current };
}

function stageFlag(args: ParsedArgs, pipeline: Pipeline): string {
  const stage = stringFlag(args, 'stage');
  if (stage !== undefined) return stage;
  if (pipeline.stages.length === 1) return pipeline.stages[0].name;
  throw new UsageError(`drift on a pipeline needs --stage (stages: ${pipeline.stages.map((s) => s.name).join(', ')})`);
}

function rangeFlag(args: ParsedArgs, name: string): TimeRange | undefined {
  const text = stringFlag(args, name);
  return text === undefined ? undefined : parseTimeRange(text, name);
}

function requiredPath(value: string | true | undefined, name: string, cwd: string): string {
  if (typeof value !== 'string' || value.length === 0) {
    throw new UsageError(`drift needs --reference <log file> --current <log file>, or a pipeline: sightline drift <sightline.json | folder> --stage S (missing --${name})`);
  }
  return resolve(cwd, value);
}
