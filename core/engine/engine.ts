import type { ColumnType } from '../protocol';
import type { Column, LoadReport } from '../io/logTable';
import type { SliceRelation, SliceRelationRequest } from './sliceRelation';

/**
 * The seam between algorithms and data: analyses ask for statistics, never for rows, so the
 * same request is answered in memory (Arquero) or pushed down to a SQL engine (sql/: DuckDB, ClickHouse).
 */
export interface Engine {
  readonly name: string;
  stageNames(): string[];
  /** A stage's column names, as loaded. */
  columnNames(stage: string): string[];
  rowCount(stage: string): Promise<number>;
  /** Per column: type, nulls, distinct count (categories), min and max (numbers, time). */
  profile(stage: string): Promise<ColumnProfile[]>;
  /** Counts on the given edges: bin i is [edges[i], edges[i+1]), the last bin closed. */
  histogram(stage: string, column: string, edges: number[]): Promise<HistogramCounts>;
  /** Category (or value) counts, most frequent first. */
  valueCounts(stage: string, column: string, limit?: number): Promise<ValueCount[]>;
  /** Non-missing values in ascending order. */
  sortedValues(stage: string, column: string): Promise<Float64Array>;
  /** Group-by with aggregates; `by` keys may bucket a time column. */
  groupAggregate(stage: string, request: GroupRequest): Promise<GroupRow[]>;
  /** Joins predictions with labels by key: coverage and label lag, overall and per bucket. */
  labelJoin(request: LabelJoinRequest): Promise<LabelJoinStats>;
  /** What loading each stage found (files, skipped rows, warnings). */
  loadReports(stage: string): LoadReport[];
  /** Per time window and column: counts, nulls, distinct values, mean, std, min, max, quantiles. */
  windowSummaries(stage: string, request: WindowSummaryRequest): Promise<WindowSummary[]>;
  /** Per time window: values of one numeric or time column below lo and above hi. */
  windowedRangeCounts(stage: string, request: WindowRangeRequest): Promise<WindowRangeCounts[]>;
  /** Per time window (and slice): rows of one column in each bin Sightline chose. */
  windowedBinCounts(stage: string, request: WindowBinRequest): Promise<WindowBinCounts>;
  /**
   * A derived stage holding the rows whose time is in [start, end); its name is returned and it
   * answers every request a stage does (a view in a SQL engine). Derived stages are not listed
   * by stageNames().
   */
  timeSlice(stage: string, request: TimeSliceRequest): Promise<string>;
  /**
   * A uniform sample of rows without replacement, the columns kept row-aligned: for methods
   * that need the joint distribution (a domain classifier), which no per-column statistic holds.
   */
  sampleRows(stage: string, request: RowSampleRequest): Promise<RowSample>;
  /**
   * Joins each upstream row to the first downstream row with its key and counts, per window of
   * the upstream time, records dropped (no downstream row), nulled and changed (in any of
   * `columns`, compared cell by cell): the record-level join a stage trace needs.
   */
  keyedChanges(request: KeyedChangesRequest): Promise<KeyedChanges>;
  /**
   * The rows of a pipeline's slice search built inside the engine, for a search that asks for
   * statistics only. The in-memory engine has none: the search walks the loaded rows there.
   */
  sliceRelation?(request: SliceRelationRequest): Promise<SliceRelation>;
  /** Releases a connection or database the engine holds; an in-memory engine has none. */
  close?(): Promise<void>;
}

export interface KeyedChangesRequest {
  from: { stage: string; key: string; time?: string };
  to: { stage: string; key: string };
  /** Columns of the same name and a comparable type in both stages. */
  columns: string[];
  bucket: TimeBucket;
}

export interface ChangeCounts {
  upstream: number;
  dropped: number;
  nulled: number;
  changed: number;
}

export interface KeyedChanges extends ChangeCounts {
  byColumn: { column: string; nulled: number; changed: number }[];
  /** Windows of the upstream time, ascending; rows without a time are in the totals only. */
  byWindow: (ChangeCounts & { start: number })[];
  /** Upstream rows without a key, and rows repeating an earlier upstream row's key. */
  missingKeys: number;
  duplicateKeys: number;
}

/** Rows with `time` in [start, end), epoch ms; a missing bound is open. Rows without a time are left out. */
export interface TimeSliceRequest {
  time: string;
  start?: number;
  end?: number;
}

export interface RowSampleRequest {
  columns: string[];
  /** At most this many rows; every row when the stage holds fewer. */
  size: number;
  seed: number;
}

export interface RowSample {
  /** Rows in the stage the sample was drawn from. */
  population: number;
  rows: number;
  columns: Column[];
}

export interface ColumnProfile {
  name: string;
  type: ColumnType;
  count: number;
  nullCount: number;
  distinct?: number;
  min?: number;
  max?: number;
}

export interface HistogramCounts {
  edges: number[];
  counts: number[];
  below: number;
  above: number;
  missing: number;
}

export interface ValueCount {
  value: string | null;
  count: number;
}

export type TimeBucket = 'hour' | 'day' | 'week';

export interface GroupKey {
  column: string;
  /** Floor a time column to this bucket (UTC; weeks start on Monday). */
  bucket?: TimeBucket;
}

export type Aggregate =
  | { op: 'count' }
  | { op: 'nullCount' | 'validCount' | 'sum' | 'mean' | 'min' | 'max' | 'median'; column: string };

export interface GroupRequest {
  by: GroupKey[];
  aggregates: Record<string, Aggregate>;
}

/** One group: its key values (by `by` column name) and aggregate values (by aggregate name). */
export interface GroupRow {
  keys: Record<string, string | number | null>;
  values: Record<string, number | null>;
}

export interface LabelJoinRequest {
  predictions: { stage: string; key: string; time: string };
  labels: { stage: string; key: string; column: string; time?: string };
  bucket: TimeBucket;
}

export interface LabelJoinStats {
  total: number;
  labeled: number;
  /** Lag quantiles in ms (label time - prediction time), when label time is known. */
  lag?: { p50: number; p90: number; p99: number; max: number };
  buckets: { start: number; total: number; labeled: number; medianLagMs: number | null }[];
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
/** 1970-01-05 was a Monday. */
const FIRST_MONDAY = 4 * DAY;

export function bucketStart(time: number, bucket: TimeBucket): number {
  if (bucket === 'week') return Math.floor((time - FIRST_MONDAY) / WEEK) * WEEK + FIRST_MONDAY;
  const size = bucket === 'hour' ? HOUR : DAY;
  return Math.floor(time / size) * size;
}

/** A bucket size that gives a readable number of points (roughly 10 to 500) for a span. */
export function chooseBucket(spanMs: number): TimeBucket {
  if (spanMs <= 3 * DAY) return 'hour';
  if (spanMs <= 400 * DAY) return 'day';
  return 'week';
}

/** Rows windowed by a time column; rows without a time belong to no window. */
export interface WindowRequest {
  time: string;
  bucket: TimeBucket;
}

export interface WindowSummaryRequest extends WindowRequest {
  columns: string[];
}

/** Per-window figures of one column; numeric figures are null for categories or empty windows. */
export interface ColumnWindowStats {
  valid: number;
  nulls: number;
  distinct: number;
  mean: number | null;
  std: number | null;
  min: number | null;
  max: number | null;
  q10: number | null;
  q50: number | null;
  q90: number | null;
}

export interface WindowSummary {
  start: number;
  rows: number;
  columns: Record<string, ColumnWindowStats>;
}

export interface WindowRangeRequest extends WindowRequest {
  column: string;
  /** Values below lo or above hi count as outside; [lo, hi] itself is inside. */
  lo: number;
  hi: number;
}

export interface WindowRangeCounts {
  start: number;
  valid: number;
  below: number;
  above: number;
}

/** Bins the caller fixed: numeric edges (see `WindowBinCounts` for the outer bins) or category values. */
export type BinSpec = { kind: 'edges'; edges: number[] } | { kind: 'categories'; values: string[] };

export interface WindowBinRequest extends WindowRequest {
  column: string;
  bins: BinSpec;
  /** Count per value of this category or boolean column, for the listed values only. */
  slice?: { column: string; values: string[] };
}

/**
 * `counts[(w * slices.length + s) * bins + b]`. For edges, bin 0 is below the first edge, bins
 * 1..edges.length-1 are [e(i-1), e(i)) (the last closed) and the last bin is above the last edge;
 * for categories, the values in order, then any other value. Missing values are in no bin.
 */
export interface WindowBinCounts {
  starts: number[];
  /** The slice values, or ['*'] without a slice. */
  slices: string[];
  bins: number;
  counts: Float64Array;
}
