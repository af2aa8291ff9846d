import type { Engine, TimeBucket } from '../engine/engine';
import type { Pipeline } from '../io/pipeline';
import type { MonitorReference, PerformanceResult, ThresholdRule } from '../protocol';
import type { PerformanceRowSource } from '../detect/performance/tableRows';
import type { WindowFinding } from './episodes';
import { pipelinePerformance } from '../detect/performance/pipelinePerformance';
import { isInputError } from '../io/errors';
import { labelLagFindings } from './labelLag';
import { labelLagSliceFindings } from './labelLagSlices';
import { windowNumber } from './referenceWindows';

export interface MonitorPerformance {
  performance?: PerformanceResult;
  labelLagRule?: ThresholdRule;
  findings: WindowFinding[];
  notes: string[];
}

/**
 * The performance series over the monitor's windows and reference, and label-lag alerts from it.
 * Logs the performance analysis cannot read (labels that are not 0/1, say) become a note rather
 * than failing the whole monitor, which CI gates rely on.
 */
export async function monitorPerformance(pipeline: Pipeline, engine: Engine, rows: PerformanceRowSource, window: { bucket: TimeBucket; reference: MonitorReference }): Promise<MonitorPerformance> {
  if (!pipeline.predictions || !pipeline.labels) return { findings: [], notes: [] };
  let performance: PerformanceResult;
  try {
    performance = await pipelinePerformance(pipeline, engine, rows, { bucket: window.bucket, reference: { start: window.reference.start, end: window.reference.end } });
  } catch (error) {
    if (!isInputError(error)) throw error;
    return { findings: [], notes: [`performance not monitored: ${error.message}`] };
  }
  const labels = pipeline.labels;
  if (!labels.time) return { performance, findings: [], notes: ['label lag not monitored: the manifest names no label time'] };
  const at = { stage: labels.stage, column: labels.time };
  const lag = labelLagFindings(performance.windows, at);
  const slices = await labelLagSliceFindings({ pipeline, engine, rows, bucket: window.bucket, reference: window.reference, at });
  // Overall and slice findings count windows differently; episodes need one count.
  const findings = [...lag.findings, ...slices].map((f) => ({ ...f, index: windowNumber(f.start, window.bucket) }));
  return { performance, labelLagRule: lag.rule, findings, notes: [] };
}
