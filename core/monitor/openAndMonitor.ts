import type { Pipeline } from '../io/pipeline';
import type { TimeBucket } from '../engine/engine';
import type { MonitorResult } from '../protocol';
import { openEngine, type OpenEngineOptions } from '../engine/openEngine';
import { monitorPipeline } from './monitorPipeline';

/** Loads the pipeline's logs and monitors them: data quality per stage, performance and label lag. */
export async function openAndMonitor(pipeline: Pipeline, options: OpenEngineOptions & { bucket?: TimeBucket } = {}): Promise<MonitorResult> {
  const opened = await openEngine(pipeline, options);
  options.onProgress?.('monitoring stages window by window', 0, 0);
  return monitorPipeline(opened.pipeline, opened.engine, { bucket: options.bucket, rows: opened.rows });
}
