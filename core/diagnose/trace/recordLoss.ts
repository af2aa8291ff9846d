import type { LogTable } from '../../io/logTable';
import type { KeyedChanges, TimeBucket } from '../../engine/engine';
import type { StageLoss } from '../../protocol/trace';
import { keyedChangesOf } from '../../engine/keyedChanges';
import { comparableColumns } from './comparableColumns';

export interface LossInput {
  from: { name: string; table: LogTable; key: string; time?: string };
  to: { name: string; table: LogTable; key: string };
  bucket: TimeBucket;
}

/** Records lost or altered from one stage to the next, per window of the upstream time column, over loaded tables. */
export function recordLoss(input: LossInput): { loss: Omit<StageLoss, 'alerts'>; notes: string[] } {
  const { from, to } = input;
  const { columns, notes } = comparableColumns({ name: from.name, key: from.key, columns: from.table.columns }, { name: to.name, key: to.key, columns: to.table.columns });
  const changes = keyedChangesOf({ from, to, columns, bucket: input.bucket });
  return { loss: lossOf(from.name, to.name, from.key, columns, changes), notes };
}

export function lossOf(from: string, to: string, key: string, columns: string[], changes: KeyedChanges): Omit<StageLoss, 'alerts'> {
  return { from, to, key, columns, ...changes };
}
