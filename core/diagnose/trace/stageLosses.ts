import type { ColumnProfile, Engine, TimeBucket } from '../../engine/engine';
import type { Pipeline } from '../../io/pipeline';
import type { MonitorReference } from '../../protocol/monitor';
import type { StageLoss } from '../../protocol/trace';
import { lossOf } from './recordLoss';
import { lossAlerts } from './lossAlerts';
import { comparableColumns } from './comparableColumns';

/** Record loss between every pair of consecutive stages that both have a record key, joined by the engine. */
export async function stageLosses(pipeline: Pipeline, engine: Engine, window: { bucket: TimeBucket; reference: MonitorReference }): Promise<{ losses: StageLoss[]; notes: string[] }> {
  const losses: StageLoss[] = [];
  const notes: string[] = [];
  // A stage is the downstream of one pair and the upstream of the next: its profile is asked for once.
  const profiles = new Map<string, Promise<ColumnProfile[]>>();
  const profile = (stage: string): Promise<ColumnProfile[]> => {
    if (!profiles.has(stage)) profiles.set(stage, engine.profile(stage));
    return profiles.get(stage)!;
  };
  for (let i = 0; i + 1 < pipeline.stages.length; i++) {
    const [a, b] = [pipeline.stages[i], pipeline.stages[i + 1]];
    const missing = !a.key ? a : !b.key ? b : undefined;
    if (missing) {
      notes.push(`${a.name} -> ${b.name}: no record loss, ${missing.name} names no record key`);
      continue;
    }
    const [pa, pb] = [await profile(a.name), await profile(b.name)];
    if (!pa.some((c) => c.name === a.key) || !pb.some((c) => c.name === b.key)) {
      notes.push(`${a.name} -> ${b.name}: no record loss, the key column ${!pa.some((c) => c.name === a.key) ? `${a.key} is missing from ${a.name}` : `${b.key} is missing from ${b.name}`}`);
      continue;
    }
    const compared = comparableColumns({ name: a.name, key: a.key!, columns: pa }, { name: b.name, key: b.key!, columns: pb });
    notes.push(...compared.notes);
    const time = a.time && pa.some((c) => c.name === a.time && c.type === 'time') ? a.time : undefined;
    const changes = await engine.keyedChanges({ from: { stage: a.name, key: a.key!, ...(time ? { time } : {}) }, to: { stage: b.name, key: b.key! }, columns: compared.columns, bucket: window.bucket });
    const loss = lossOf(a.name, b.name, a.key!, compared.columns, changes);
    if (pipeline.labels?.stage === b.name) notes.push(`${a.name} -> ${b.name}: ${b.name} holds the labels, so "dropped" there counts records with no label (yet), not records the pipeline lost`);
    losses.push({ ...loss, alerts: lossAlerts(loss.byWindow, window.bucket, window.reference) });
  }
  return { losses, notes };
}
