import type { TimeBucketName } from '../../protocol/messages';
import type { FallbackAction, RecalibrationMethod, ThresholdObjective } from '../../protocol/whatif';
import type { SlicePredicate } from '../../protocol/slices';
import type { RepairRequest } from '../repair/repairRequest';

/** A what-if as a surface asks for it on a pipeline; versions and rules default from the data. */
export type PipelineWhatIfRequest =
  | { kind: 'threshold'; objective: ThresholdObjective; perSlice?: { column: string; minLabeled: number } }
  | { kind: 'recalibrate'; method: RecalibrationMethod }
  | { kind: 'fallback'; action: FallbackAction }
  | { kind: 'rollback'; current?: string; previous?: string }
  | ({ kind: 'repair' } & Omit<RepairRequest, 'kind' | 'where' | 'start' | 'end'>);

export interface PipelineWhatIfOptions {
  /** Event times in [start, end), epoch ms. */
  start?: number;
  end?: number;
  /** The records to work on; for a fallback, the slice to route. */
  where?: SlicePredicate[];
  bucket?: TimeBucketName;
  fitWindows?: number;
  level?: number;
  replicates?: number;
  seed?: number;
  signal?: AbortSignal;
  onProgress?: (step: string, done: number, total: number) => void;
}
