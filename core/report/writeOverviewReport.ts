import { rowTables } from '../engine/rowTables';
import { writeFileSync } from 'node:fs';
import type { Pipeline } from '../io/pipeline';
import type { TimeBucket } from '../engine/engine';
import type { OverviewResult, TraceResult, WhatIfAsk, WhatIfResult } from '../protocol';
import { pipelineWhatIf } from '../react/pipeline/pipelineWhatIf';
import { openEngine, type OpenEngineOptions } from '../engine/openEngine';
import { overviewPipeline } from '../inspect/overview';
import { monitorPipeline } from '../monitor/monitorPipeline';
import { assertOutsideLogs } from '../io/assertOutsideLogs';
import { loadReportAssets } from './assets';
import { overviewReport } from './overviewReport';
import { traceOpened } from '../diagnose/trace/traceOpened';
import { renderReport } from './renderReport';

/**
 * Loads the pipeline, computes its overview and writes the HTML report to `out`. Its reaction
 * sections show `whatifs` (results computed before) and then `whatifAsks`, simulated here.
 */
export async function writeOverviewReport(
  pipeline: Pipeline,
  out: string,
  options: OpenEngineOptions & { bucket?: TimeBucket; detect?: boolean; whatifs?: readonly WhatIfResult[]; whatifAsks?: readonly WhatIfAsk[]; replicates?: number } = {},
): Promise<{ path: string; result: OverviewResult; trace?: TraceResult }> {
  assertOutsideLogs(out, pipeline);
  const opened = await openEngine(pipeline, options);
  options.onProgress?.('computing the overview', 0, 0);
  const result = await overviewPipeline(opened.pipeline, opened.engine, options.bucket);
  let trace: TraceResult | undefined;
  if (options.detect !== false) {
    options.onProgress?.('monitoring stages window by window', 0, 0);
    result.monitor = await monitorPipeline(opened.pipeline, opened.engine, { bucket: result.bucket, rows: opened.rows });
    options.onProgress?.('tracing the alerts across stages', 0, 0);
    trace = await traceOpened(opened, { monitor: result.monitor, signal: options.signal });
  }
  const whatifs = [...(options.whatifs ?? [])];
  for (const ask of options.whatifAsks ?? []) {
    options.onProgress?.(`simulating the ${ask.kind} what-if`, 0, 0);
    whatifs.push(await pipelineWhatIf(opened.pipeline, rowTables(opened, 'A what-if'), ask, { replicates: options.replicates, signal: options.signal, onProgress: options.onProgress }));
  }
  writeFileSync(out, renderReport(overviewReport(result, { trace, whatifs }), loadReportAssets()));
  return { path: out, result, trace };
}
