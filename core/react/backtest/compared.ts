import type { Pooled } from './compare';

/** The labeled records a what-if compared, before and after, and where each came from. */
export interface ComparedRecords extends Pooled {
  /** Each compared record's row in the records the simulation was given. */
  rows: Int32Array;
}

/** Receives the compared records, so a caller can break the result down by time and slice. */
export type OnCompared = (compared: ComparedRecords) => void;
