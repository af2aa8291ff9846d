import type { Engine } from '../../engine/engine';
import type { Pipeline } from '../../io/pipeline';
import type { DriftInput } from './detectDrift';
import { SightlineInputError } from '../../io/errors';
import { findStage } from '../../io/pipeline';
import { loadStage } from '../../io/loadStage';
import { openDriftInput } from './driftSource';

/** A drift side from the manifest's reference, and where that reference ends in time (for a range). */
export interface PipelineReference {
  input: DriftInput;
  end?: number;
}

/**
 * The manifest's reference of one stage: its time range cut from the stage, or its reference
 * files read with the stage's format and column types. Undefined when the manifest names none.
 */
export async function pipelineReference(pipeline: Pipeline, engine: Engine, stage: string, signal?: AbortSignal): Promise<PipelineReference | undefined> {
  const reference = pipeline.reference;
  if (!reference) return undefined;
  if (reference.kind === 'range') {
    const input = await openDriftInput({ target: pipeline.source, stage, start: reference.start, end: reference.end }, async () => ({ pipeline, engine }), signal);
    return { input, end: reference.end };
  }
  const definition = findStage(pipeline, reference.stage);
  if (reference.stage !== stage || !definition) {
    throw new SightlineInputError('drift.reference-stage', `the reference files in ${pipeline.source} are for stage "${reference.stage}", not "${stage}"`, {
      file: pipeline.source,
      hint: `Compare stage "${reference.stage}", or give the reference as a time range of "${stage}".`,
    });
  }
  const table = await loadStage({ ...definition, files: reference.files }, { signal });
  return { input: { table, source: `${stage} reference files` } };
}
