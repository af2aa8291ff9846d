import type { LogTable } from '../../io/logTable';
import type { Pipeline } from '../../io/pipeline';
import type { AlertKind, MonitorReference } from '../../protocol/monitor';
import { ArqueroEngine } from '../../engine/arqueroEngine';
import { monitorPipeline } from '../../monitor/monitorPipeline';
import { formatDate } from '../../charts/format';

/** Alert kinds that mean the model's inputs or scores moved (not volume, nulls or lag). */
const DRIFT_KINDS: ReadonlySet<AlertKind> = new Set<AlertKind>(['drift', 'summary-shift']);

export interface DriftFlags {
  /** Onset of each drift episode on the prediction stage, epoch ms, ascending. */
  times: number[];
  /** Where they came from, in words. */
  source: string;
}

/**
 * When daily data-quality monitoring (no performance: it needs no labels and is the fast mode)
 * flags drift on the prediction stage's columns, the model's inputs and scores.
 */
export async function pipelineDriftFlags(pipeline: Pipeline, tables: ReadonlyMap<string, LogTable>): Promise<DriftFlags> {
  const stage = pipeline.predictions?.stage;
  const result = await monitorPipeline(pipeline, new ArqueroEngine(tables), { bucket: 'day' });
  const alerts = result.alerts.filter((a) => a.stage === stage && DRIFT_KINDS.has(a.kind));
  const times = [...new Set(alerts.map((a) => a.onset))].sort((a, b) => a - b);
  return { times, source: `onsets of drift and summary-shift alert episodes on stage "${stage}" from daily monitoring against the reference ${referenceText(result.reference)}` };
}

function referenceText(r: MonitorReference): string {
  return `${formatDate(r.start)}..${formatDate(r.end)}${r.source === 'first-windows' ? ` (the first ${r.windows ?? ''} days)` : ''}`;
}
