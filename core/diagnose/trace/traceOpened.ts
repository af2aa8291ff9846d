import type { OpenedEngine } from '../../engine/openEngine';
import type { TimeBucket } from '../../engine/engine';
import type { MonitorResult } from '../../protocol';
import type { TraceResult } from '../../protocol/trace';
import { monitorPipeline } from '../../monitor/monitorPipeline';
import { readRunsLog } from '../../io/runsLog';
import { stageLosses } from './stageLosses';
import { RunLineage } from './runLineage';
import { traceResult } from './traceResult';

/** A pipeline whose stages are loaded (what `openEngine` and the engine cache give). */
export type LoadedPipeline = OpenedEngine;

export interface TraceOpenedOptions {
  bucket?: TimeBucket;
  /** Also monitor performance and label lag (slower: a bootstrap per window). */
  performance?: boolean;
  /** A monitor result of the same pipeline already computed (the report's): traced instead of monitoring again. */
  monitor?: MonitorResult;
  signal?: AbortSignal;
  onProgress?: (message: string, done: number, total: number) => void;
}

/** Traces a loaded pipeline's alerts across stages: incidents, onsets, record loss and, with a runs log, runs. */
export async function traceOpened(opened: LoadedPipeline, options: TraceOpenedOptions = {}): Promise<TraceResult> {
  const monitor = options.monitor ?? (await monitorOpened(opened, options));
  options.signal?.throwIfAborted();
  options.onProgress?.('joining consecutive stages by record key', 0, 0);
  const { losses, notes } = await stageLosses(opened.pipeline, opened.engine, { bucket: monitor.bucket, reference: monitor.reference });
  let lineage: RunLineage | undefined;
  if (opened.pipeline.runs) {
    const runs = await readRunsLog(opened.pipeline.runs, options.signal);
    if (runs.skipped) notes.push(`runs log: ${runs.skipped} row(s) without a component or a start time were left out`);
    lineage = new RunLineage(runs.runs, opened.pipeline);
  } else {
    notes.push('no runs log in the manifest, so no runs or code versions');
  }
  if (!monitor.performance) notes.push('performance and label lag not monitored, so label-lag incidents are not seen');
  return traceResult({ monitor, stages: opened.pipeline.stages.map((s) => s.name), stageLoss: losses, lineage, notes });
}

function monitorOpened(opened: LoadedPipeline, options: TraceOpenedOptions): Promise<MonitorResult> {
  options.onProgress?.('monitoring stages window by window', 0, 0);
  return monitorPipeline(opened.pipeline, opened.engine, { bucket: options.bucket, ...(options.performance ? { rows: opened.rows } : {}) });
}
