import type { SliceStats } from './sliceStats';

/** Statistics of the children `parent and feature = v`, indexed by the value v. */
export interface GroupStats {
  count: Float64Array;
  sum: Float64Array;
  squares: Float64Array;
  max: Float64Array;
}

/**
 * What a search asks before a level: every (parent, feature) whose children it may count,
 * decided with the top K as it stands when the level starts. The search prunes further while
 * it goes, so it reads a subset of these; a database counts them all in one or a few scans,
 * memory counts only what is read.
 */
export interface LevelRequest {
  level: number;
  /** Computed when called (memory never needs it), valid until the request is answered. */
  wanted(): WantedChild[];
}

/** parent null: the whole data (level 1). */
export interface WantedChild {
  parent: SliceStats | null;
  feature: number;
}

/** The answer to a LevelRequest: the children's statistics of any wanted (parent, feature). */
export interface ChildCounts {
  of(parent: SliceStats | null, feature: number): GroupStats;
}

/** A search that stops before each level to have its children counted (see `driveSearch`). */
export type SearchSteps<T> = Generator<LevelRequest, T, ChildCounts>;

export function emptyGroupStats(cardinality: number): GroupStats {
  return { count: new Float64Array(cardinality), sum: new Float64Array(cardinality), squares: new Float64Array(cardinality), max: new Float64Array(cardinality) };
}
