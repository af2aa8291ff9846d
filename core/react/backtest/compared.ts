import type { Pooled } from './compare';

/** The labeled records a what-if compared, before and after, and where each came from. */
export interface ComparedRecords extends Pooled {
  /** Each compared record's row in the records the simulation was given. */
  rows: Int32Array;
  /** 0 for a record the after side leaves out (routed to review); absent when every record counts. */
  kept?: Uint8Array;
}

/** Receives the compared records, so a caller can break the result down by time and slice. */
export type OnCompared = (compared: ComparedRecords) => void;
