import type { OpenedEngine } from '../../engine/openEngine';
import type { SlicesResult } from '../../protocol';
import type { PipelineSliceOptions } from './pipelineSlices';
import { pipelineSlices } from './pipelineSlices';
import { pipelineSlicesOnEngine } from './pipelineSlicesOnEngine';

/** A pipeline's slices on the engine it was opened on: pushed down to a SQL engine, over the loaded rows in memory. */
export async function openedSlices(opened: Pick<OpenedEngine, 'pipeline' | 'engine' | 'tables'>, options: PipelineSliceOptions = {}): Promise<SlicesResult> {
  if (opened.engine.sliceRelation) return pipelineSlicesOnEngine(opened.pipeline, opened.engine, options);
  return pipelineSlices(opened.pipeline, opened.tables, options);
}
