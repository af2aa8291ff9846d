import type { ColumnType } from '../../protocol';
import type { LoadReport } from '../../io/logTable';

/** One row of a query result: numbers (BIGINTs already converted), text or null. */
export type SqlRow = Record<string, number | string | null>;

/** A connection that runs one SQL statement and returns its rows. */
export interface SqlClient {
  query(sql: string, signal?: AbortSignal): Promise<SqlRow[]>;
  close(): Promise<void>;
}

/**
 * A stage column as Sightline sees it, written as a SQL expression over the stored column:
 * numbers, booleans (0 / 1) and times (epoch milliseconds) as DOUBLE with NULL for missing (NaN
 * included), categories as text. Every query inlines these expressions instead of wrapping the
 * stage in a subquery, so a distributed engine still aggregates on its shards.
 */
export interface SqlColumn {
  name: string;
  type: ColumnType;
  expr: string;
}

/** A stage (or a time slice of one) as a relation: `SELECT ... FROM from WHERE where...`. */
export interface SqlStage {
  name: string;
  from: string;
  where: string[];
  columns: SqlColumn[];
  reports: LoadReport[];
  /** The relation reads rows in the order the in-memory engine loads them (files in order, rows in file order). */
  ordered: boolean;
}

/** What differs between SQL engines; everything else in the generated SQL is common to both. */
export interface SqlDialect {
  readonly name: 'duckdb' | 'clickhouse';
  /**
   * How one scan counts a column within several slice columns: GROUP BY GROUPING SETS with
   * GROUPING_ID (DuckDB), or each row repeated once per slice column by ARRAY JOIN (ClickHouse).
   */
  readonly sliceBatch: 'grouping-sets' | 'array-join';
  /** A quoted identifier. */
  id(name: string): string;
  /** Exact count of distinct non-null values. */
  countDistinct(expr: string): string;
  /** Sample standard deviation (n - 1). */
  stddev(expr: string): string;
  /** Exact quantiles by linear interpolation between order statistics (numpy's default), one aggregate per level. */
  quantiles(expr: string, levels: number[]): string[];
  /** A double literal that reads back as exactly this double. */
  float(value: number): string;
  /** A LEFT JOIN that keeps every left row, the right side holding one row per key. */
  leftJoin: string;
  /**
   * Joins by record key run on each shard, next to the rows they join (ClickHouse with stages
   * sharded by key), when the left side is a stage's table itself rather than a subquery.
   */
  joinsOnShards: boolean;
  /** Rows in the order the in-memory engine would number them, 0-based, as a select expression (null when the engine has no row order). */
  rowNumber: string | null;
  /** The value of `value` on the row where `order` is smallest (an aggregate). */
  valueAtMin(value: string, order: string): string;
  /** The values on the row where `order` is smallest, as one record (an aggregate); `rowField` reads them. */
  rowAtMin(values: string[], order: string): string;
  /** Value `index` (0-based) of a `rowAtMin` record. */
  rowField(row: string, index: number): string;
  /** Any one value of the group (an aggregate). */
  anyValue(value: string): string;
  /** A deterministic hash of the expressions and a seed, for sampling where there is no row order. */
  hash(exprs: string[], seed: number): string;
  /** The group's non-null values in ascending order, as one array (an aggregate). */
  sortedArray(expr: string): string;
  /** Element `index` (1-based) of an array. */
  arrayAt(array: string, index: number): string;
  /**
   * A statement that keeps a query's rows in a table of the connection's own (its name, the
   * query), or null where Sightline must not create tables (another's database).
   */
  temporaryTable: ((name: string, query: string) => string) | null;
}

/**
 * Columns of a stage, one value per row, with columns of another stage brought to each row by
 * record key (the row of each key whose `firstBy` is smallest, else any one row of the key).
 * For the per-record analyses (performance bootstraps) that no aggregate can stand in for.
 */
export interface RecordColumnsRequest {
  stage: string;
  columns: string[];
  join?: { key: string; stage: string; stageKey: string; columns: string[]; firstBy?: string; requireValue?: string };
}
