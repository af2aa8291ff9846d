/**
 * The engines bench's prediction log, written as SQL that DuckDB and ClickHouse both evaluate
 * to the same values: every column comes from the row number through integer arithmetic only
 * (+, *, %, integer division), and the few doubles are exact integers divided by a power of ten
 * (one correctly rounded IEEE operation), so both engines hold bit-identical data.
 *
 * 20 columns: key, event_time (60 days from 2024-01-01 UTC), f1..f8 (numbers), c1..c6
 * (categories with 5 to 200 values), score, pred_class (0/1), label (0/1, ~70% present),
 * model_version. After day 30: f1 shifts its mean, f2 doubles its spread, f4's null rate goes
 * from 1% to 10%, c1 leans to one value, c4 gains an unseen value, and labels agree less with
 * scores. model_version changes from m1 to m2 on day 45.
 *
 * The log is written as two stages of one pipeline, so slice search and the stage trace have
 * stages to join by key: `features` (key, time, f1..f8, c1..c6) and `predict` (key, time,
 * score, class, label, version), which loses 1% of the records (key % 100 = 7).
 */

/** 2024-01-01T00:00:00Z in epoch seconds. */
export const BASE_SECONDS = 1_704_067_200;
export const DAY_SECONDS = 86_400;
export const DAYS = 60;
const DRIFT_DAY = 30;
const VERSION_DAY = 45;
/** Spread of row times so the last row (plus jitter below 60 s) stays inside day 59. */
const SPAN = DAYS * DAY_SECONDS - 60;
const PRIME = 2_147_483_647;
const HASHES = 18;

/** What differs between the two SQL dialects for these expressions. */
export interface GenDialect {
  /** Integer division of non-negative integers. */
  idiv(a: string, b: string): string;
  /** An integer as a double. */
  dbl(x: string): string;
  /** A prefix followed by an integer's decimal digits. */
  text(prefix: string, x: string): string;
  /** The stored event time from epoch seconds. */
  time(seconds: string): string;
  /** Final casts of the integer columns to their stored types. */
  int(x: string): string;
}

export const DUCKDB_GEN: GenDialect = {
  idiv: (a, b) => `((${a}) // (${b}))`,
  dbl: (x) => `CAST(${x} AS DOUBLE)`,
  text: (prefix, x) => `('${prefix}' || CAST(${x} AS VARCHAR))`,
  time: (seconds) => `epoch_ms(CAST((${seconds}) * 1000 AS BIGINT))`,
  int: (x) => `CAST(${x} AS INTEGER)`,
};

/** Functions checked on ClickHouse 18.16: intDiv, toFloat64, toString, concat, toDateTime, toUInt32, numbers(). */
export const CLICKHOUSE_GEN: GenDialect = {
  idiv: (a, b) => `intDiv(${a}, ${b})`,
  dbl: (x) => `toFloat64(${x})`,
  text: (prefix, x) => `concat('${prefix}', toString(${x}))`,
  time: (seconds) => `toDateTime(toUInt32(${seconds}))`,
  int: (x) => x,
};

/** Column names and ClickHouse types, in table order. */
export const COLUMNS: [string, string][] = [
  ['key', 'UInt64'],
  ['event_time', 'DateTime'],
  ['f1', 'Float64'],
  ['f2', 'Float64'],
  ['f3', 'Nullable(Float64)'],
  ['f4', 'Nullable(Float64)'],
  ['f5', 'Float64'],
  ['f6', 'Float64'],
  ['f7', 'Float64'],
  ['f8', 'Float64'],
  ['c1', 'String'],
  ['c2', 'Nullable(String)'],
  ['c3', 'String'],
  ['c4', 'String'],
  ['c5', 'String'],
  ['c6', 'String'],
  ['score', 'Float64'],
  ['pred_class', 'UInt8'],
  ['label', 'Nullable(UInt8)'],
  ['model_version', 'String'],
];

export type BenchStage = 'features' | 'predict';
export const BENCH_STAGES: BenchStage[] = ['features', 'predict'];
const PREDICT_ONLY = new Set(['score', 'pred_class', 'label', 'model_version']);

/** A stage's columns and ClickHouse types, in table order. */
export function stageColumns(stage: BenchStage): [string, string][] {
  return COLUMNS.filter(([name]) => name === 'key' || name === 'event_time' || PREDICT_ONLY.has(name) === (stage === 'predict'));
}

/** One stage's rows of the log: its columns, and for `predict` without the records it loses. */
export function stageSql(stage: BenchStage, rowsSql: string): string {
  return `SELECT ${stageColumns(stage).map(([name]) => name).join(', ')} FROM (${rowsSql})${stage === 'predict' ? ' WHERE key % 100 <> 7' : ''}`;
}

/**
 * SELECT of the 20 columns for the rows numbered by `source` (a relation with one integer
 * column `i`, the row number in 0..total-1); `total` spreads the times over the 60 days.
 */
export function generateSql(d: GenDialect, source: string, total: number): string {
  const ks = Array.from({ length: HASHES }, (_, k) => k);
  // Two rounds: an affine step, then a square (not linear in i), each modulo 2^31 - 1; every
  // intermediate stays below 2^63, so neither engine overflows.
  const level1 = `SELECT i, ${ks.map((k) => `(i * 2654435761 + ${k * 1_000_003 + 12345}) % ${PRIME} AS x${k}`).join(', ')} FROM (${source})`;
  const level2 = `SELECT i, ${ks.map((k) => `(x${k} * x${k} + i + ${k}) % ${PRIME} AS h${k}`).join(', ')} FROM (${level1})`;
  const t = `${d.idiv(`i * ${SPAN}`, String(total))} + h0 % 60`;
  const level3 = `SELECT i, ${t} AS t, ${ks.map((k) => `h${k}`).join(', ')} FROM (${level2})`;
  const level4 = `SELECT i, t, CASE WHEN t >= ${DRIFT_DAY * DAY_SECONDS} THEN 1 ELSE 0 END AS late, ${d.idiv('t', String(DAY_SECONDS))} AS day, ${ks.map((k) => `h${k}`).join(', ')} FROM (${level3})`;
  // A triangular integer on [0, 92680] with mean 46340.
  const tri = (h: string): string => `(${h} % 46341 + ${d.idiv(h, '46341')} % 46341)`;
  const score = `h15 % 1000001`;
  const hit = `CASE WHEN late = 0 THEN (CASE WHEN h16 % 1000000 < ${score} THEN 1 ELSE 0 END) ELSE (CASE WHEN h16 % 1000000 < ${d.idiv(`${score} + 500000`, '2')} THEN 1 ELSE 0 END) END`;
  const columns = [
    `i AS key`,
    `${d.time(`${BASE_SECONDS} + t`)} AS event_time`,
    `(${d.dbl(`${tri('h1')} + late * 8000`)} - 46340) / 10000 AS f1`,
    `(${d.dbl(tri('h2'))} - 46340) * ${d.dbl('1 + late')} / 10000 AS f2`,
    `CASE WHEN ${d.idiv('h3', '100000')} % 50 = 0 THEN NULL ELSE ${d.dbl('h3 % 100000')} / 100 END AS f3`,
    `CASE WHEN ${d.idiv('h4', '1000')} % 100 < 1 + late * 9 THEN NULL ELSE ${d.dbl(tri('h4'))} / 1000 END AS f4`,
    `${d.dbl('h5 % 100000')} / 100 AS f5`,
    `${d.dbl(tri('h6'))} / 1000 + 50 AS f6`,
    `${d.dbl(`(h7 % 1000) * (${d.idiv('h7', '1000')} % 1000)`)} / 1000 AS f7`,
    `${d.dbl('h8 % 21')} AS f8`,
    `${d.text('a', `CASE WHEN late = 1 AND h9 % 10 < 3 THEN 0 ELSE ${d.idiv('h9', '10')} % 5 END`)} AS c1`,
    `CASE WHEN ${d.idiv('h10', '100')} % 100 < 3 THEN NULL ELSE ${d.text('b', 'h10 % 10')} END AS c2`,
    `${d.text('c', 'h11 % 20')} AS c3`,
    `${d.text('d', `CASE WHEN late = 1 AND ${d.idiv('h12', '100')} % 100 < 5 THEN 50 ELSE h12 % 50 END`)} AS c4`,
    `${d.text('e', 'h13 % 100')} AS c5`,
    `${d.text('g', d.idiv(`(h14 % 200) * (${d.idiv('h14', '200')} % 200)`, '200'))} AS c6`,
    `${d.dbl(score)} / 1000000 AS score`,
    `${d.int(`CASE WHEN ${score} >= 500000 THEN 1 ELSE 0 END`)} AS pred_class`,
    `${d.int(`CASE WHEN h17 % 10 < 7 THEN ${hit} ELSE NULL END`)} AS label`,
    `CASE WHEN day >= ${VERSION_DAY} THEN 'm2' ELSE 'm1' END AS model_version`,
  ];
  return `SELECT ${columns.join(', ')} FROM (${level4})`;
}

/** DuckDB: rows [start, end) of a log of `total` rows. */
export function duckdbRowsSql(start: number, end: number, total: number): string {
  return generateSql(DUCKDB_GEN, `SELECT range AS i FROM range(${start}, ${end})`, total);
}

/** ClickHouse: the rows of one shard (row numbers congruent to `shard` mod 2), rows [from, to) of that shard's share. */
export function clickhouseShardSql(shard: 0 | 1, from: number, to: number, total: number): string {
  return generateSql(CLICKHOUSE_GEN, `SELECT (number + ${from}) * 2 + ${shard} AS i FROM numbers(${to - from})`, total);
}

/** Rows a shard holds in a log of `total` rows split by row number parity. */
export function shardRows(shard: 0 | 1, total: number): number {
  return shard === 0 ? Math.ceil(total / 2) : Math.floor(total / 2);
}
