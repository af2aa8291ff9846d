import type { Pipeline } from '../../io/pipeline';
import type { TimeBucket } from '../../engine/engine';
import type { TraceResult } from '../../protocol/trace';
import type { OpenEngineOptions } from '../../engine/openEngine';
import { openEngine } from '../../engine/openEngine';
import { monitorPipeline } from '../../monitor/monitorPipeline';
import { tableRowSource } from '../../detect/performance/tableRows';
import { stageLosses } from './stageLosses';
import { RunLineage } from './runLineage';
import { readRunsLog } from '../../io/runsLog';
import { traceResult } from './traceResult';

export interface TraceOptions extends OpenEngineOptions {
  bucket?: TimeBucket;
  /** Also monitor performance and label lag (slower: a bootstrap per window). */
  performance?: boolean;
}

/** Loads the pipeline's logs, monitors them and traces the alerts across stages. */
export async function openAndTrace(pipeline: Pipeline, options: TraceOptions = {}): Promise<TraceResult> {
  const opened = await openEngine(pipeline, options);
  options.onProgress?.('monitoring stages window by window', 0, 0);
  const monitor = await monitorPipeline(opened.pipeline, opened.engine, { bucket: options.bucket, ...(options.performance ? { rows: tableRowSource(opened.tables) } : {}) });
  options.onProgress?.('joining consecutive stages by record key', 0, 0);
  const { losses, notes } = stageLosses(opened.pipeline, opened.tables, { bucket: monitor.bucket, reference: monitor.reference });
  let lineage: RunLineage | undefined;
  if (opened.pipeline.runs) {
    const runs = await readRunsLog(opened.pipeline.runs, options.signal);
    if (runs.skipped) notes.push(`runs log: ${runs.skipped} row(s) without a component or a start time were left out`);
    lineage = new RunLineage(runs.runs, opened.pipeline);
  } else {
    notes.push('no runs log in the manifest, so no runs or code versions');
  }
  if (!options.performance) notes.push('performance and label lag not monitored (pass --performance to include them)');
  return traceResult({ monitor, stages: opened.pipeline.stages.map((s) => s.name), stageLoss: losses, lineage, notes });
}
