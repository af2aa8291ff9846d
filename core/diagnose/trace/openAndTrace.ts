import type { Pipeline } from '../../io/pipeline';
import type { TimeBucket } from '../../engine/engine';
import type { TraceResult } from '../../protocol/trace';
import type { OpenEngineOptions } from '../../engine/openEngine';
import { openEngine } from '../../engine/openEngine';
import { traceOpened } from './traceOpened';

export interface TraceOptions extends OpenEngineOptions {
  bucket?: TimeBucket;
  /** Also monitor performance and label lag (slower: a bootstrap per window). */
  performance?: boolean;
}

/** Loads the pipeline's logs, monitors them and traces the alerts across stages. */
export async function openAndTrace(pipeline: Pipeline, options: TraceOptions = {}): Promise<TraceResult> {
  return traceOpened(await openEngine(pipeline, options), options);
}
