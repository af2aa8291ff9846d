import type { LogTable } from '../../io/logTable';
import type { Pipeline } from '../../io/pipeline';
import type { TimeBucket } from '../../engine/engine';
import type { MonitorReference } from '../../protocol/monitor';
import type { StageLoss } from '../../protocol/trace';
import { findColumn } from '../../io/logTable';
import { recordLoss } from './recordLoss';
import { lossAlerts } from './lossAlerts';

/** Record loss between every pair of consecutive stages that both have a record key. */
export function stageLosses(pipeline: Pipeline, tables: ReadonlyMap<string, LogTable>, window: { bucket: TimeBucket; reference: MonitorReference }): { losses: StageLoss[]; notes: string[] } {
  const losses: StageLoss[] = [];
  const notes: string[] = [];
  for (let i = 0; i + 1 < pipeline.stages.length; i++) {
    const [a, b] = [pipeline.stages[i], pipeline.stages[i + 1]];
    const [ta, tb] = [tables.get(a.name), tables.get(b.name)];
    const missing = !a.key ? a : !b.key ? b : undefined;
    if (missing) {
      notes.push(`${a.name} -> ${b.name}: no record loss, ${missing.name} names no record key`);
      continue;
    }
    if (!ta || !tb || !findColumn(ta, a.key!) || !findColumn(tb, b.key!)) {
      notes.push(`${a.name} -> ${b.name}: no record loss, the key column ${!ta || !findColumn(ta, a.key!) ? `${a.key} is missing from ${a.name}` : `${b.key} is missing from ${b.name}`}`);
      continue;
    }
    const { loss, notes: pairNotes } = recordLoss({ from: { name: a.name, table: ta, key: a.key!, time: a.time }, to: { name: b.name, table: tb, key: b.key! }, bucket: window.bucket });
    notes.push(...pairNotes);
    if (pipeline.labels?.stage === b.name) notes.push(`${a.name} -> ${b.name}: ${b.name} holds the labels, so "dropped" there counts records with no label (yet), not records the pipeline lost`);
    losses.push({ ...loss, alerts: lossAlerts(loss.byWindow, window.bucket, window.reference) });
  }
  return { losses, notes };
}
