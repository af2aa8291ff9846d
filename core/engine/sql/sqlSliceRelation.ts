import type { ValueCount } from '../engine';
import type { BinGroupStats, BinnedFeature, ColumnSummary, FeatureBins, FeatureSet, SliceRelation, SliceRelationRequest, SliceRelationTotals } from '../sliceRelation';
import type { SqlEngine } from './sqlEngine';
import type { SqlColumn, SqlRow } from './sqlSource';
import { notZeroOne } from '../../detect/performance/tableRows';
import { combinedCode } from '../sliceRelation';
import { edgesAtOrBelow, floatLiteral, numberOrNull, textLiteral } from './sqlText';

/**
 * Order statistics gathered per query: each feature's values are held as one sorted array;
 * fewer where the query also joins again, whose hash table takes its share of memory.
 */
const ORDER_STATISTICS_PER_QUERY = { table: 4, rejoined: 2 };
/**
 * Where each statistic runs the relation's joins again (ClickHouse), the raw features one query
 * carries: a join holds its right side's values for every key. Measured on ClickHouse 18.16, 14
 * features took about 400 bytes per key (130 as one bin each), so at 100M records a stage's
 * features would not fit at once.
 */
const RAW_FEATURES_PER_JOIN = 4;

let relations = 0;

/**
 * A pipeline's slice relation as one SQL query (`SliceRelationRequest`): the predictions in the
 * range, their earliest label by key and each upstream stage's first row by key, joined one at
 * a time (ClickHouse 18.16 joins two relations per SELECT). DuckDB keeps the rows in a temporary
 * table of its own connection, so each statistic reads them without joining again; ClickHouse
 * runs the query inside each statistic's.
 */
export async function openSqlSliceRelation(engine: SqlEngine, request: SliceRelationRequest): Promise<SliceRelation> {
  await checkOutcomes(engine, request);
  const { sql: query, features } = await relationSql(engine, request);
  const { dialect, client } = engine;
  if (!dialect.temporaryTable) return new SqlSliceRelation(engine, `(${query}) AS sl_rel`, features, request, async () => {});
  const name = `sl_slices_${++relations}`;
  await client.query(dialect.temporaryTable(name, query));
  return new SqlSliceRelation(engine, name, features, null, async () => {
    await client.query(`DROP TABLE IF EXISTS ${name}`);
  });
}

class SqlSliceRelation implements SliceRelation {
  /**
   * @param from the relation: a table of its rows, or the query that joins them again each time
   * @param rejoined the request behind `from` when it is a query; bins are then computed where
   *   each feature is read, before any join, so a join holds a small number per feature
   */
  constructor(
    private readonly engine: SqlEngine,
    private readonly from: string,
    private readonly features: Array<{ name: string; type: SqlColumn['type'] }>,
    private readonly rejoined: SliceRelationRequest | null,
    readonly close: () => Promise<void>,
  ) {}

  async totals(): Promise<SliceRelationTotals> {
    const [row] = await this.query(['count(*) AS _q_n', 'count(sl_l) AS _q_l', 'count(sl_e) AS _q_e', 'coalesce(sum(sl_e), 0) AS _q_s', 'coalesce(sum(sl_e * sl_e), 0) AS _q_q']);
    const predictions = Number(row._q_n);
    return { predictions, unlabeled: predictions - Number(row._q_l), rows: Number(row._q_e), errorSum: Number(row._q_s), errorSquares: Number(row._q_q) };
  }

  async columns(): Promise<ColumnSummary[]> {
    const out: ColumnSummary[] = [];
    for (const batch of this.rawBatches(this.features.map((_, i) => i))) {
      const parts = batch.flatMap((i) => {
        const f = `sl_f${i}`;
        const distinct = this.features[i].type === 'category' ? this.engine.dialect.countDistinct(f) : `CASE WHEN count(${f}) = 0 THEN 0 WHEN min(${f}) = max(${f}) THEN 1 ELSE 2 END`;
        return [`count(${f}) AS _q_p${i}`, `${distinct} AS _q_d${i}`];
      });
      const [row] = await this.query(parts, ['sl_e IS NOT NULL']);
      for (const i of batch) out.push({ name: this.features[i].name, type: this.features[i].type, present: Number(row[`_q_p${i}`]), distinct: Number(row[`_q_d${i}`]) });
    }
    return out;
  }

  async orderStatistics(requests: Array<{ feature: number; ranks: number[] }>): Promise<number[][]> {
    const out: number[][] = [];
    const { dialect } = this.engine;
    for (const batch of chunks(requests, this.rejoined ? ORDER_STATISTICS_PER_QUERY.rejoined : ORDER_STATISTICS_PER_QUERY.table)) {
      const inner = batch.map((r, j) => `${dialect.sortedArray(`sl_f${r.feature}`)} AS _q_s${j}`);
      const outer = batch.flatMap((r, j) => r.ranks.map((rank, k) => `${dialect.arrayAt(`_q_s${j}`, rank + 1)} AS _q_o${j}_${k}`));
      const [row] = await this.engine.client.query(`SELECT ${outer.join(', ')} FROM (${this.selectSql(inner, ['sl_e IS NOT NULL'])}) AS sl_sorted`);
      batch.forEach((r, j) => out.push(r.ranks.map((_, k) => Number(row[`_q_o${j}_${k}`]))));
    }
    return out;
  }

  async valueCounts(features: number[]): Promise<ValueCount[][]> {
    const out: ValueCount[][] = [];
    for (const batch of this.rawBatches(features)) {
      const rows = await this.exploded(batch.map((f) => `sl_f${f}`), ['count(*) AS _q_n'], this.from);
      const counts: ValueCount[][] = batch.map(() => []);
      for (const row of rows) counts[Number(row._q_k)].push({ value: String(row._q_v), count: Number(row._q_n) });
      out.push(...counts);
    }
    return out;
  }

  async countSets(features: BinnedFeature[], sets: FeatureSet[]): Promise<Array<Map<number, BinGroupStats>>> {
    const out = sets.map(() => new Map<number, BinGroupStats>());
    if (!sets.length) return out;
    const used = [...new Set(sets.flatMap((s) => s.features))].sort((a, b) => a - b);
    const binned = await this.binnedFrom(used.map((f) => ({ name: `sl_b${f}`, column: features[f].column, bin: (value) => this.binSql(features[f].bins, value), missing: missingSql(features[f].bins) })));
    const bins = features.map((f) => f.bins);
    const codes = sets.map((set) => setCodeSql(set, bins));
    const rows = await this.exploded(codes, ['count(*) AS _q_n', 'sum(sl_e) AS _q_s', 'sum(sl_e * sl_e) AS _q_q', 'max(sl_e) AS _q_m'], binned);
    for (const row of rows) {
      out[Number(row._q_k)].set(Number(row._q_v), { count: Number(row._q_n), errorSum: Number(row._q_s), errorSquares: Number(row._q_q), errorMax: Number(row._q_m) });
    }
    return out;
  }

  /** The rows with an error, each with `sl_e` and the named bins. */
  private async binnedFrom(columns: BinnedColumn[]): Promise<string> {
    const names = columns.map((c) => c.name);
    if (this.rejoined) {
      const { sql } = await relationSql(this.engine, this.rejoined, columns);
      return `(SELECT sl_e, ${names.join(', ')} FROM (${sql}) AS sl_rel WHERE sl_e IS NOT NULL) AS sl_binned`;
    }
    return `(${this.selectSql(['sl_e', ...columns.map((c) => `${c.bin(`sl_f${c.column}`)} AS ${c.name}`)], ['sl_e IS NOT NULL'])}) AS sl_binned`;
  }

  /** Features in groups a query may carry as values (all at once where the relation is a table). */
  private rawBatches(features: number[]): number[][] {
    return chunks(features, this.rejoined ? RAW_FEATURES_PER_JOIN : features.length);
  }

  /**
   * Rows repeated once per item (ARRAY JOIN on ClickHouse, UNNEST on DuckDB), grouped by item
   * (`_q_k`) and value (`_q_v`), over the rows with an error; rows where an item is null are
   * left out of it.
   */
  private exploded(items: string[], aggregates: string[], from: string): Promise<SqlRow[]> {
    const list = `[${items.join(', ')}]`;
    const keys = `[${items.map((_, k) => k).join(', ')}]`;
    const tail = `WHERE _q_v IS NOT NULL AND sl_e IS NOT NULL GROUP BY _q_k, _q_v`;
    if (this.engine.dialect.sliceBatch === 'array-join') return this.engine.client.query(`SELECT _q_k, _q_v, ${aggregates.join(', ')} FROM ${from} ARRAY JOIN ${list} AS _q_v, ${keys} AS _q_k ${tail}`);
    return this.engine.client.query(`SELECT _q_k, _q_v, ${aggregates.join(', ')} FROM (SELECT unnest(${list}) AS _q_v, unnest(${keys}) AS _q_k, sl_e FROM ${from}) AS sl_items ${tail}`);
  }

  /** The bin of each row's value, as FeatureBins numbers them. */
  private binSql(bins: FeatureBins, value: string): string {
    const missing = missingSql(bins);
    switch (bins.kind) {
      case 'numeric':
        return `CASE WHEN ${value} IS NULL THEN ${missing} ELSE ${bins.interior.length ? edgesAtOrBelow(this.engine.dialect, value, bins.interior) : '0'} END`;
      case 'boolean':
        return `CASE WHEN ${value} IS NULL THEN ${missing} WHEN ${value} = 0 THEN 0 ELSE 1 END`;
      case 'categorical':
        return `CASE WHEN ${value} IS NULL THEN ${missing} ${bins.values.map((v, i) => `WHEN ${value} = ${textLiteral(v)} THEN ${i}`).join(' ')} ELSE ${bins.other ?? 'NULL'} END`;
    }
  }

  private query(parts: string[], where: string[] = []): Promise<SqlRow[]> {
    return this.engine.client.query(this.selectSql(parts, where));
  }

  private selectSql(parts: string[], where: string[] = []): string {
    return `SELECT ${parts.join(', ')} FROM ${this.from}${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`;
  }
}

/** Consecutive runs of at most `size` items. */
function chunks<T>(items: T[], size: number): T[][] {
  const step = Math.max(1, size);
  const out: T[][] = [];
  for (let at = 0; at < items.length; at += step) out.push(items.slice(at, at + step));
  return out;
}

/** The bin of a missing value. */
function missingSql(bins: FeatureBins): string {
  return bins.missing === null ? 'NULL' : String(bins.missing);
}

/** A feature the relation carries as its bin (`name`), computed as its stage's rows are read. */
interface BinnedColumn {
  name: string;
  /** The feature's index in the request. */
  column: number;
  bin: (value: string) => string;
  /** The bin of a record its stage has no row for. */
  missing: string;
}

/** The combined bin number of a set's features; null where the row is under none of the set's parents. */
function setCodeSql(set: FeatureSet, bins: FeatureBins[]): string {
  const cardinalities = set.features.map((f) => bins[f].labels.length);
  const code = set.features.reduce((sql, f, i) => (i === 0 ? `sl_b${f}` : `(${sql}) * ${cardinalities[i]} + sl_b${f}`), '');
  if (!set.parents) return code;
  const prefix = set.features.slice(0, -1);
  const prefixCode = prefix.reduce((sql, f, i) => (i === 0 ? `sl_b${f}` : `(${sql}) * ${cardinalities[i]} + sl_b${f}`), '');
  const allowed = set.parents.map((values) => combinedCode(values, cardinalities));
  return allowed.length ? `CASE WHEN ${prefixCode} IN (${allowed.join(', ')}) THEN ${code} ELSE NULL END` : 'NULL';
}

/**
 * The relation: `sl_l` the 0/1 label, `sl_e` the 0/1 error (null without a label or class),
 * `sl_f<i>` each feature and each binned column by its name. Each join's right side names its
 * columns `sj<j>_...`, so no name is carried twice. Where joins run on the shards, the first
 * joins the predictions' table itself, so it runs on each shard; ClickHouse 18.16 takes one join
 * per SELECT, so any further one runs where the query was sent. Upstream stages come before the
 * labels because theirs are the wide rows.
 */
async function relationSql(engine: SqlEngine, request: SliceRelationRequest, binned: BinnedColumn[] = []): Promise<{ sql: string; features: Array<{ name: string; type: SqlColumn['type'] }> }> {
  const { predictions, labels } = request;
  const source = engine.stage(predictions.stage);
  const carried: string[] = ['sl_key', 'sl_y'];
  const parts = [`${predictions.key ? engine.column(source, predictions.key).expr : 'NULL'} AS sl_key`, `${outcomeSql(engine.column(source, predictions.class))} AS sl_y`];
  if (labels.stage === predictions.stage) {
    parts.push(`${outcomeSql(engine.column(source, labels.column))} AS sl_l`);
    carried.push('sl_l');
  }
  const features = request.features.map((f) => engine.column(engine.stage(f.stage), f.column));
  request.features.forEach((f, i) => {
    if (f.stage !== predictions.stage) return;
    parts.push(`${features[i].expr} AS sl_f${i}`);
    carried.push(`sl_f${i}`);
  });
  for (const column of binned.filter((c) => request.features[c.column].stage === predictions.stage)) {
    parts.push(`${column.bin(features[column.column].expr)} AS ${column.name}`);
    carried.push(column.name);
  }
  const where: string[] = [];
  if (request.start !== undefined || request.end !== undefined) {
    const time = engine.timeColumn(source, predictions.time ?? '').expr;
    where.push(`${time} IS NOT NULL`);
    if (request.start !== undefined) where.push(`${time} >= ${floatLiteral(engine.dialect, request.start)}`);
    if (request.end !== undefined) where.push(`${time} < ${floatLiteral(engine.dialect, request.end)}`);
  }
  let sql = engine.selectSql(source, parts, { where });
  let joins = 0;
  const join = (right: string, prefix: string, added: string[]): void => {
    if (joins === 0 && engine.dialect.joinsOnShards) {
      const key = engine.column(source, predictions.key ?? '').expr;
      sql = engine.selectSql({ ...source, from: `${source.from} ${engine.dialect.leftJoin} (${right}) AS sl_r0 ON ${key} = ${prefix}_k` }, [...parts, ...added], { where });
    } else {
      sql = `SELECT ${[...carried, ...added].join(', ')} FROM (${sql}) AS sl_t${joins} ${engine.dialect.leftJoin} (${right}) AS sl_r${joins} ON sl_key = ${prefix}_k`;
    }
    joins++;
  };
  for (const stage of [...new Set(request.features.map((f) => f.stage))].filter((s) => s !== predictions.stage)) {
    const indices = request.features.flatMap((f, i) => (f.stage === stage ? [i] : []));
    const prefix = `sj${joins}`;
    const right = await engine.firstRowPerKey(stage, keyOf(request, stage), indices.map((i) => request.features[i].column), prefix);
    const value = (i: number): string => `CASE WHEN ${prefix}_m_${indices.indexOf(i)} = 1 THEN NULL ELSE ${prefix}_${indices.indexOf(i)} END`;
    const bins = binned.filter((c) => indices.includes(c.column));
    const raw = [`${prefix}_k`, `${prefix}_has`, ...indices.flatMap((_, j) => [`${prefix}_${j}`, `${prefix}_m_${j}`])];
    // The bins are taken inside the right side, so the join holds them rather than the values.
    const binnedRight = `SELECT ${[...raw, ...bins.map((c) => `${c.bin(value(c.column))} AS ${prefix}_${c.name}`)].join(', ')} FROM (${right}) AS ${prefix}_w`;
    join(bins.length ? binnedRight : right, prefix, [
      ...indices.map((i) => `${value(i)} AS sl_f${i}`),
      ...bins.map((c) => `CASE WHEN ${prefix}_has IS NULL THEN ${c.missing} ELSE ${prefix}_${c.name} END AS ${c.name}`),
    ]);
    carried.push(...indices.map((i) => `sl_f${i}`), ...bins.map((c) => c.name));
  }
  if (labels.stage !== predictions.stage) {
    const labelStage = engine.stage(labels.stage);
    const label = engine.column(labelStage, labels.column);
    const prefix = `sj${joins}`;
    const right = engine.joinedColumns({ key: predictions.key ?? '', stage: labels.stage, stageKey: labels.key ?? '', columns: [labels.column], firstBy: labels.time, requireValue: labels.column }, prefix);
    join(right.sql, prefix, [`${outcomeSql({ ...label, expr: `${prefix}_0` })} AS sl_l`]);
    carried.push('sl_l');
  }
  const error = 'CASE WHEN sl_y IS NULL OR sl_l IS NULL THEN NULL WHEN sl_y = sl_l THEN 0 ELSE 1 END AS sl_e';
  const columns = [...request.features.map((_, i) => `sl_f${i}`), ...binned.map((c) => c.name)];
  return { sql: `SELECT sl_l, ${error}${columns.map((c) => `, ${c}`).join('')} FROM (${sql}) AS sl_joined`, features: features.map((c) => ({ name: c.name, type: c.type })) };
}

function keyOf(request: SliceRelationRequest, stage: string): string {
  const key = request.features.find((f) => f.stage === stage)?.key;
  if (!key) throw new TypeError(`stage "${stage}" has no record key to join its columns by`);
  return key;
}

/** 0 / 1 of a class or label column, as `outcome` reads it: numbers as they are, text "0"/"1"/"true"/"false". */
function outcomeSql(column: SqlColumn): string {
  if (column.type !== 'category') return column.expr;
  return `CASE WHEN lower(${column.expr}) IN ('1', 'true') THEN 1 WHEN lower(${column.expr}) IN ('0', 'false') THEN 0 ELSE NULL END`;
}

/** A class or label column with a value other than 0/1 fails as it does in memory, over its whole stage. */
async function checkOutcomes(engine: SqlEngine, request: SliceRelationRequest): Promise<void> {
  for (const { stage, column } of [
    { stage: request.predictions.stage, column: request.predictions.class },
    { stage: request.labels.stage, column: request.labels.column },
  ]) {
    const source = engine.stage(stage);
    const target = engine.column(source, column);
    const valid = target.type === 'category' ? `lower(${target.expr}) IN ('0', '1', 'true', 'false')` : `(${target.expr} = 0 OR ${target.expr} = 1)`;
    const [row] = await engine.client.query(engine.selectSql(source, ['count(*) AS _q_n'], { where: [`${target.expr} IS NOT NULL`, `NOT (${valid})`] }));
    if (numberOrNull(row._q_n)) throw notZeroOne(column);
  }
}
