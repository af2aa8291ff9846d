import type { Remediation } from '../../protocol/whatif';
import type { OnCompared } from '../backtest/compared';

export type RepairRemediation = Extract<Remediation, { kind: 'repair' }>;

/** A repair and the time range (epoch ms, [start, end)) of the records it may touch. */
export interface RepairRequest extends RepairRemediation {
  start?: number;
  end?: number;
}

export interface RepairOptions {
  signal?: AbortSignal;
  onProgress?: (step: string, done: number, total: number) => void;
  /** Interval level (default 0.95), bootstrap replicates (default 1000) and seed (default 1). */
  level?: number;
  replicates?: number;
  seed?: number;
  /** Rows are those of the joined predictions (core/diagnose/slices' pipelineSliceTable) for the request's range. */
  onCompared?: OnCompared;
}

export const REPAIR_DEFAULTS = { level: 0.95, replicates: 1000, seed: 1 } as const;
