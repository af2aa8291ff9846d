import type { ValueCount } from '../engine';
import type { BinGroupStats, BinnedFeature, ColumnSummary, FeatureBins, FeatureSet, SliceRelation, SliceRelationRequest, SliceRelationTotals } from '../sliceRelation';
import type { SqlEngine } from './sqlEngine';
import type { SqlColumn, SqlRow } from './sqlSource';
import { notZeroOne } from '../../detect/performance/tableRows';
import { combinedCode } from '../sliceRelation';
import { edgesAtOrBelow, floatLiteral, numberOrNull, textLiteral } from './sqlText';

/** Order statistics gathered per query: each feature's values are held as one sorted array. */
const ORDER_STATISTICS_PER_QUERY = 4;

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
  let from = `(${query}) AS sl_rel`;
  let drop: string | undefined;
  if (dialect.temporaryTable) {
    const name = `sl_slices_${++relations}`;
    await client.query(dialect.temporaryTable(name, query));
    from = name;
    drop = `DROP TABLE IF EXISTS ${name}`;
  }
  return new SqlSliceRelation(engine, from, features, async () => {
    if (drop) await client.query(drop);
  });
}

class SqlSliceRelation implements SliceRelation {
  constructor(
    private readonly engine: SqlEngine,
    private readonly from: string,
    private readonly features: Array<{ name: string; type: SqlColumn['type'] }>,
    readonly close: () => Promise<void>,
  ) {}

  async totals(): Promise<SliceRelationTotals> {
    const [row] = await this.query(['count(*) AS _q_n', 'count(sl_l) AS _q_l', 'count(sl_e) AS _q_e', 'coalesce(sum(sl_e), 0) AS _q_s', 'coalesce(sum(sl_e * sl_e), 0) AS _q_q']);
    const predictions = Number(row._q_n);
    return { predictions, unlabeled: predictions - Number(row._q_l), rows: Number(row._q_e), errorSum: Number(row._q_s), errorSquares: Number(row._q_q) };
  }

  async columns(): Promise<ColumnSummary[]> {
    const types = this.features;
    if (!types.length) return [];
    const parts = types.flatMap((column, i) => {
      const f = `sl_f${i}`;
      const distinct = column.type === 'category' ? this.engine.dialect.countDistinct(f) : `CASE WHEN count(${f}) = 0 THEN 0 WHEN min(${f}) = max(${f}) THEN 1 ELSE 2 END`;
      return [`count(${f}) AS _q_p${i}`, `${distinct} AS _q_d${i}`];
    });
    const [row] = await this.query(parts, ['sl_e IS NOT NULL']);
    return types.map((column, i) => ({ name: column.name, type: column.type, present: Number(row[`_q_p${i}`]), distinct: Number(row[`_q_d${i}`]) }));
  }

  async orderStatistics(requests: Array<{ feature: number; ranks: number[] }>): Promise<number[][]> {
    const out: number[][] = [];
    const { dialect } = this.engine;
    for (let at = 0; at < requests.length; at += ORDER_STATISTICS_PER_QUERY) {
      const batch = requests.slice(at, at + ORDER_STATISTICS_PER_QUERY);
      const inner = batch.map((r, j) => `${dialect.sortedArray(`sl_f${r.feature}`)} AS _q_s${j}`);
      const outer = batch.flatMap((r, j) => r.ranks.map((rank, k) => `${dialect.arrayAt(`_q_s${j}`, rank + 1)} AS _q_o${j}_${k}`));
      const [row] = await this.engine.client.query(`SELECT ${outer.join(', ')} FROM (${this.selectSql(inner, ['sl_e IS NOT NULL'])}) AS sl_sorted`);
      batch.forEach((r, j) => out.push(r.ranks.map((_, k) => Number(row[`_q_o${j}_${k}`]))));
    }
    return out;
  }

  async valueCounts(features: number[]): Promise<ValueCount[][]> {
    if (!features.length) return [];
    const rows = await this.exploded(features.map((f) => `sl_f${f}`), ['count(*) AS _q_n'], this.from);
    const out: ValueCount[][] = features.map(() => []);
    for (const row of rows) out[Number(row._q_k)].push({ value: String(row._q_v), count: Number(row._q_n) });
    return out;
  }

  async countSets(features: BinnedFeature[], sets: FeatureSet[]): Promise<Array<Map<number, BinGroupStats>>> {
    const out = sets.map(() => new Map<number, BinGroupStats>());
    if (!sets.length) return out;
    const used = [...new Set(sets.flatMap((s) => s.features))].sort((a, b) => a - b);
    const binned = `(${this.selectSql(['sl_e', ...used.map((f) => `${this.binSql(features[f].bins, `sl_f${features[f].column}`)} AS sl_b${f}`)], ['sl_e IS NOT NULL'])}) AS sl_binned`;
    const bins = features.map((f) => f.bins);
    const codes = sets.map((set) => setCodeSql(set, bins));
    const rows = await this.exploded(codes, ['count(*) AS _q_n', 'sum(sl_e) AS _q_s', 'sum(sl_e * sl_e) AS _q_q', 'max(sl_e) AS _q_m'], binned);
    for (const row of rows) {
      out[Number(row._q_k)].set(Number(row._q_v), { count: Number(row._q_n), errorSum: Number(row._q_s), errorSquares: Number(row._q_q), errorMax: Number(row._q_m) });
    }
    return out;
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
    const missing = bins.missing === null ? 'NULL' : String(bins.missing);
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
 * The relation: `sl_l` the 0/1 label, `sl_e` the 0/1 error (null without a label or class) and
 * `sl_f<i>` each feature. Each join's right side names its columns `sj<j>_...`, so no name is
 * carried twice.
 */
async function relationSql(engine: SqlEngine, request: SliceRelationRequest): Promise<{ sql: string; features: Array<{ name: string; type: SqlColumn['type'] }> }> {
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
    sql = `SELECT ${[...carried, ...added].join(', ')} FROM (${sql}) AS sl_t${joins} ${engine.dialect.leftJoin} (${right}) AS sl_r${joins} ON sl_key = ${prefix}_k`;
    joins++;
  };
  if (labels.stage !== predictions.stage) {
    const labelStage = engine.stage(labels.stage);
    const label = engine.column(labelStage, labels.column);
    const right = engine.joinedColumns({ key: predictions.key ?? '', stage: labels.stage, stageKey: labels.key ?? '', columns: [labels.column], firstBy: labels.time, requireValue: labels.column }, 'sj0');
    join(right.sql, 'sj0', [`${outcomeSql({ ...label, expr: 'sj0_0' })} AS sl_l`]);
    carried.push('sl_l');
  }
  for (const stage of [...new Set(request.features.map((f) => f.stage))].filter((s) => s !== predictions.stage)) {
    const indices = request.features.flatMap((f, i) => (f.stage === stage ? [i] : []));
    const prefix = `sj${joins}`;
    const right = await engine.firstRowPerKey(stage, keyOf(request, stage), indices.map((i) => request.features[i].column), prefix);
    join(right, prefix, indices.map((i, j) => `CASE WHEN ${prefix}_m_${j} = 1 THEN NULL ELSE ${prefix}_${j} END AS sl_f${i}`));
    carried.push(...indices.map((i) => `sl_f${i}`));
  }
  const error = 'CASE WHEN sl_y IS NULL OR sl_l IS NULL THEN NULL WHEN sl_y = sl_l THEN 0 ELSE 1 END AS sl_e';
  const columns = request.features.map((_, i) => `sl_f${i}`);
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
