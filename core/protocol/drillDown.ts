import type { TimeRangeMs } from './messages';
import type { SliceErrorSpec, SlicePredicate } from './slices';

/**
 * What a person clicked in a notebook output to look closer at. The host turns it into a new
 * cell below the output whose code reproduces the drill-down (see extension/notebook/drillDownCode.ts);
 * it carries data, never code, so the host writes every line it inserts.
 */
export type DrillDown =
  /** A slice of a slices result: search again within the slice's features. */
  | { kind: 'slice'; source: string; rank: number; predicates: SlicePredicate[]; size: number; error: number; errorSpec?: SliceErrorSpec }
  /** A grown or shrunk slice of a stage's slice diff: diff the same stage and ranges again on the slice's features only. */
  | { kind: 'sliceDiff'; source: string; stage: string; reference: TimeRangeMs; current: TimeRangeMs; direction: 'grown' | 'shrunk'; rank: number; predicates: SlicePredicate[]; riskRatio: number }
  /** A trace incident: follow a record of its first stage's onset window (one whose `column` is null when `nulls`) through every stage. */
  | { kind: 'incident'; source: string; rank: number; stage: string; column: string; start: number; end: number; nulls: boolean }
  /** A stage of a record's lineage: that stage's rows of the record, every column. */
  | { kind: 'lineageStage'; source: string; key: string; stage: string };
