import type { CostMatrix, RetrainPolicy } from '../../protocol/whatif';

/** Per prediction record, what a schedule replay needs: parallel arrays. */
export interface ScheduleInput {
  /** Event time, epoch ms (NaN when missing). */
  times: ArrayLike<number>;
  /** The live 0/1 decision of each record (logged, or score >= its version's rule). */
  decisions: ArrayLike<number>;
  /** 0 / 1, NaN when the label has not arrived. */
  labels: ArrayLike<number>;
  /** Model version per record, null when not logged. */
  versions: readonly (string | null)[];
}

export interface ScheduleOptions {
  policy: RetrainPolicy;
  /** What one retraining costs, in the units of the cost matrix. */
  retrainCost: number;
  /** A model retrained at t learns from labels up to t − labelLagDays (default 0). */
  labelLagDays?: number;
  /** Epoch ms at which monitoring flagged drift; without them 'on-drift' is not replayed. */
  driftFlags?: number[];
  /** Where the drift flags came from, in words, for the assumptions. */
  driftSource?: string;
  costs?: CostMatrix;
  /** Days per age span of the curve (default 7, a week: see ageCurve). */
  ageUnitDays?: number;
  level?: number;
  replicates?: number;
  seed?: number;
}

/** 'every N days' replayed beside the chosen policy when the chosen one is not an 'every'. */
export const DEFAULT_EVERY_DAYS = 7;

/** Versions with a labeled first day and a labeled later day needed to call it a curve. */
export const MIN_VERSIONS = 2;
