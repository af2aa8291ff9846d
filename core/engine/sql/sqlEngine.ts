import type { Column, LoadReport } from '../../io/logTable';
import type {
  Aggregate,
  BinSpec,
  ColumnProfile,
  ColumnWindowStats,
  Engine,
  GroupRequest,
  GroupRow,
  HistogramCounts,
  ChangeCounts,
  KeyedChanges,
  KeyedChangesRequest,
  LabelJoinRequest,
  LabelJoinStats,
  RowSample,
  RowSampleRequest,
  TimeSliceRequest,
  ValueCount,
  WindowBinCounts,
  WindowBinRequest,
  WindowRangeCounts,
  WindowRangeRequest,
  WindowRequest,
  WindowSummary,
  WindowSummaryRequest,
} from '../engine';
import type { SliceRelation, SliceRelationRequest } from '../sliceRelation';
import type { RecordColumnsRequest, SqlClient, SqlColumn, SqlDialect, SqlRow, SqlStage } from './sqlSource';
import { SightlineInputError } from '../../io/errors';
import { sampleIndices } from '../sampleIndices';
import { openSqlSliceRelation } from './sqlSliceRelation';
import { byCountThenValue } from '../columnCounts';
import { RELATIVE_TOLERANCE } from '../cellComparer';
import { bucketExpr, edgesAtOrBelow, floatLiteral, numberOrNull, rowsToColumns, textLiteral } from './sqlText';

/** A left-joined `firstRowPerKey` row was found. */
const MATCHED = 'sl_has = 1';

/** Time slices kept at once, as in the in-memory engine. */
const MAX_DERIVED = 16;

/**
 * The engine over a SQL database: every request is one or two aggregate queries, so only
 * statistics cross the connection. Counts are exact and equal the in-memory engine's; sums,
 * means and standard deviations are added in the database's order and agree to floating-point
 * rounding (about 1e-12 relative). Result columns are named `_q_...`: ClickHouse substitutes
 * a select alias wherever the same name appears, so an alias must never equal a stage's column.
 */
export class SqlEngine implements Engine {
  private readonly derived = new Map<string, SqlStage>();
  private readonly windowStartCache = new Map<string, Promise<number[]>>();
  private readonly labelJoins = new Map<string, Promise<LabelJoinStats>>();
  private readonly uniqueKeys = new Map<string, Promise<boolean>>();
  private readonly pendingBins: PendingBins[] = [];

  constructor(
    readonly name: 'duckdb' | 'clickhouse',
    readonly client: SqlClient,
    readonly dialect: SqlDialect,
    private readonly stages: ReadonlyMap<string, SqlStage>,
  ) {}

  /** Closes the connection; the engine answers nothing after. */
  close(): Promise<void> {
    return this.client.close();
  }

  stageNames(): string[] {
    return [...this.stages.keys()];
  }

  columnNames(stage: string): string[] {
    return this.stage(stage).columns.map((c) => c.name);
  }

  sliceRelation(request: SliceRelationRequest): Promise<SliceRelation> {
    return openSqlSliceRelation(this, request);
  }

  loadReports(stage: string): LoadReport[] {
    return this.stage(stage).reports;
  }

  async rowCount(stage: string): Promise<number> {
    const [row] = await this.select(this.stage(stage), ['count(*) AS _q_n']);
    return Number(row._q_n);
  }

  async profile(stage: string): Promise<ColumnProfile[]> {
    const source = this.stage(stage);
    const parts = ['count(*) AS _q_n'];
    source.columns.forEach((c, i) => {
      parts.push(`count(${c.expr}) AS _q_v${i}`);
      if (c.type === 'category') parts.push(`${this.dialect.countDistinct(c.expr)} AS _q_d${i}`);
      else parts.push(`min(${c.expr}) AS _q_lo${i}`, `max(${c.expr}) AS _q_hi${i}`);
    });
    const [row] = await this.select(source, parts);
    const count = Number(row._q_n);
    return source.columns.map((c, i): ColumnProfile => {
      const nullCount = count - Number(row[`_q_v${i}`]);
      if (c.type === 'category') return { name: c.name, type: c.type, count, nullCount, distinct: Number(row[`_q_d${i}`]) };
      const hasValues = nullCount < count;
      return {
        name: c.name,
        type: c.type,
        count,
        nullCount,
        min: hasValues ? (numberOrNull(row[`_q_lo${i}`]) ?? undefined) : undefined,
        max: hasValues ? (numberOrNull(row[`_q_hi${i}`]) ?? undefined) : undefined,
      };
    });
  }

  async histogram(stage: string, column: string, edges: number[]): Promise<HistogramCounts> {
    if (edges.length < 2) throw new RangeError('a histogram needs at least two edges');
    const source = this.stage(stage);
    const value = this.numeric(source, column).expr;
    const bins = edges.length - 1;
    const first = floatLiteral(this.dialect, edges[0]);
    const last = floatLiteral(this.dialect, edges[bins]);
    const bin = `CASE WHEN ${value} IS NULL THEN -3 WHEN ${value} < ${first} THEN -1 WHEN ${value} > ${last} THEN -2 WHEN ${value} = ${last} THEN ${bins - 1} ELSE ${edgesAtOrBelow(this.dialect, value, edges)} - 1 END`;
    const rows = await this.select(source, [`${bin} AS _q_b`, 'count(*) AS _q_n'], { groupBy: ['_q_b'] });
    const counts = new Array<number>(bins).fill(0);
    const out: HistogramCounts = { edges, counts, below: 0, above: 0, missing: 0 };
    for (const row of rows) {
      const b = Number(row._q_b);
      const n = Number(row._q_n);
      if (b === -3) out.missing += n;
      else if (b === -1) out.below += n;
      else if (b === -2) out.above += n;
      else counts[b] += n;
    }
    return out;
  }

  async valueCounts(stage: string, column: string, limit = Infinity): Promise<ValueCount[]> {
    const source = this.stage(stage);
    const target = this.column(source, column);
    const rows = await this.select(source, [`${target.expr} AS _q_v`, 'count(*) AS _q_n'], { groupBy: ['_q_v'] });
    return rows
      .map((row) => ({ value: row._q_v === null ? null : String(row._q_v), count: Number(row._q_n) }))
      .sort(byCountThenValue)
      .slice(0, limit);
  }

  async sortedValues(stage: string, column: string): Promise<Float64Array> {
    const source = this.stage(stage);
    const value = this.numeric(source, column).expr;
    // Distinct values with their counts cross the connection, not one row per record.
    const rows = await this.select(source, [`${value} AS _q_v`, 'count(*) AS _q_n'], { where: [`${value} IS NOT NULL`], groupBy: ['_q_v'], orderBy: ['_q_v'] });
    const total = rows.reduce((sum, row) => sum + Number(row._q_n), 0);
    const out = new Float64Array(total);
    let at = 0;
    for (const row of rows) {
      const n = Number(row._q_n);
      out.fill(Number(row._q_v), at, at + n);
      at += n;
    }
    return out;
  }

  async groupAggregate(stage: string, request: GroupRequest): Promise<GroupRow[]> {
    const source = this.stage(stage);
    const parts: string[] = [];
    const keyTypes = request.by.map((key, i) => {
      const column = this.column(source, key.column);
      if (key.bucket && column.type !== 'time') throw this.typeError(source, key.column, 'a time column');
      parts.push(`${key.bucket ? bucketExpr(column.expr, key.bucket) : column.expr} AS _q_k${i}`);
      return column.type;
    });
    const names = Object.keys(request.aggregates);
    names.forEach((name, i) => parts.push(`${this.aggregateSql(source, request.aggregates[name])} AS _q_a${i}`));
    const rows = await this.select(source, parts, { groupBy: request.by.map((_, i) => `_q_k${i}`) });
    return rows.map((row) => ({
      keys: Object.fromEntries(request.by.map((key, i) => [key.column, keyValue(row[`_q_k${i}`], keyTypes[i] === 'category')])),
      values: Object.fromEntries(names.map((name, i) => [name, numberOrNull(row[`_q_a${i}`])])),
    }));
  }

  labelJoin(request: LabelJoinRequest): Promise<LabelJoinStats> {
    const id = JSON.stringify(request);
    let stats = this.labelJoins.get(id);
    if (!stats) {
      stats = this.computeLabelJoin(request);
      this.labelJoins.set(id, stats);
      stats.catch(() => this.labelJoins.delete(id));
    }
    return stats;
  }

  async windowSummaries(stage: string, request: WindowSummaryRequest): Promise<WindowSummary[]> {
    const source = this.stage(stage);
    const time = this.timeColumn(source, request.time).expr;
    const columns = request.columns.map((name) => this.column(source, name));
    const parts = [`${bucketExpr(time, request.bucket)} AS _q_w`, 'count(*) AS _q_n'];
    columns.forEach((c, i) => {
      parts.push(`count(${c.expr}) AS _q_v${i}`, `${this.dialect.countDistinct(c.expr)} AS _q_d${i}`);
      if (c.type === 'category') return;
      const [q10, q50, q90] = this.dialect.quantiles(c.expr, [0.1, 0.5, 0.9]);
      parts.push(`avg(${c.expr}) AS _q_m${i}`, `${this.dialect.stddev(c.expr)} AS _q_s${i}`, `min(${c.expr}) AS _q_lo${i}`, `max(${c.expr}) AS _q_hi${i}`);
      parts.push(`${q10} AS _q_q10_${i}`, `${q50} AS _q_q50_${i}`, `${q90} AS _q_q90_${i}`);
    });
    const rows = await this.select(source, parts, { where: [`${time} IS NOT NULL`], groupBy: ['_q_w'], orderBy: ['_q_w'] });
    return rows.map((row) => {
      const rowsInWindow = Number(row._q_n);
      return {
        start: Number(row._q_w),
        rows: rowsInWindow,
        columns: Object.fromEntries(columns.map((c, i) => [c.name, windowStats(row, i, rowsInWindow)])),
      };
    });
  }

  async windowedRangeCounts(stage: string, request: WindowRangeRequest): Promise<WindowRangeCounts[]> {
    const source = this.stage(stage);
    const time = this.timeColumn(source, request.time).expr;
    const value = this.numeric(source, request.column).expr;
    const lo = floatLiteral(this.dialect, request.lo);
    const hi = floatLiteral(this.dialect, request.hi);
    const parts = [
      `${bucketExpr(time, request.bucket)} AS _q_w`,
      `count(${value}) AS _q_valid`,
      `sum(CASE WHEN ${value} < ${lo} THEN 1 ELSE 0 END) AS _q_below`,
      `sum(CASE WHEN ${value} > ${hi} THEN 1 ELSE 0 END) AS _q_above`,
    ];
    const rows = await this.select(source, parts, { where: [`${time} IS NOT NULL`], groupBy: ['_q_w'], orderBy: ['_q_w'] });
    return rows.map((row) => ({ start: Number(row._q_w), valid: Number(row._q_valid), below: Number(row._q_below), above: Number(row._q_above) }));
  }

  /**
   * Requests made together (the monitor asks for a column overall and within each slice column
   * at once) are answered by one scan.
   */
  windowedBinCounts(stage: string, request: WindowBinRequest): Promise<WindowBinCounts> {
    return new Promise((resolve, reject) => {
      this.pendingBins.push({ stage, request, resolve, reject });
      if (this.pendingBins.length === 1) queueMicrotask(() => void this.flushBinCounts());
    });
  }

  private async flushBinCounts(): Promise<void> {
    const groups = new Map<string, PendingBins[]>();
    for (const pending of this.pendingBins.splice(0)) {
      const { slice: _slice, ...shared } = pending.request;
      const id = JSON.stringify([pending.stage, shared]);
      groups.set(id, [...(groups.get(id) ?? []), pending]);
    }
    for (const group of groups.values()) {
      try {
        const answers = group.length > 1 ? await this.binCountsTogether(group) : [await this.binCounts(group[0].stage, group[0].request)];
        group.forEach((p, k) => p.resolve(answers[k]));
      } catch (error) {
        group.forEach((p) => p.reject(error));
      }
    }
  }

  private async binCounts(stage: string, request: WindowBinRequest): Promise<WindowBinCounts> {
    const source = this.stage(stage);
    const time = this.timeColumn(source, request.time).expr;
    const slice = request.slice ? this.labelIndexSql(this.column(source, request.slice.column), request.slice.values, 'NULL') : '0';
    const rows = await this.select(source, [`${bucketExpr(time, request.bucket)} AS _q_w`, `${slice} AS _q_s`, `${this.binSql(source, request.column, request.bins)} AS _q_b`, 'count(*) AS _q_n'], {
      where: [`${time} IS NOT NULL`],
      groupBy: ['_q_w', '_q_s', '_q_b'],
    });
    return this.binCountsFrom(source, request, rows);
  }

  /** One scan for requests that differ only in their slice; each answer's rows carry its slice index as _q_s. */
  private async binCountsTogether(group: PendingBins[]): Promise<WindowBinCounts[]> {
    const { stage, request } = group[0];
    const source = this.stage(stage);
    const time = this.timeColumn(source, request.time).expr;
    const slices = group.map((p) => (p.request.slice ? this.labelIndexSql(this.column(source, p.request.slice.column), p.request.slice.values, '-1') : '0'));
    const window = `${bucketExpr(time, request.bucket)} AS _q_w`;
    const bin = `${this.binSql(source, request.column, request.bins)} AS _q_b`;
    const where = [`${time} IS NOT NULL`];
    let perRequest: SqlRow[][];
    if (this.dialect.sliceBatch === 'grouping-sets') {
      const ids = group.map((_, k) => `_q_s${k}`);
      const rows = await this.select(source, [window, ...slices.map((s, k) => `${s} AS _q_s${k}`), bin, `GROUPING_ID(${ids.join(', ')}) AS _q_g`, 'count(*) AS _q_n'], {
        where,
        groupBy: [`GROUPING SETS (${ids.map((id) => `(_q_w, ${id}, _q_b)`).join(', ')})`],
      });
      // GROUPING_ID has a bit per listed column, the first the highest, set where the column is aggregated away.
      const setOf = (k: number): number => (2 ** group.length - 1) ^ (2 ** (group.length - 1 - k));
      perRequest = group.map((_, k) => rows.filter((row) => Number(row._q_g) === setOf(k)).map((row) => ({ ...row, _q_s: row[`_q_s${k}`] })));
    } else {
      const rows = await this.select({ ...source, from: `${source.from} ARRAY JOIN [${slices.join(', ')}] AS _q_s, [${group.map((_, k) => k).join(', ')}] AS _q_k` }, [window, '_q_k', '_q_s', bin, 'count(*) AS _q_n'], {
        where,
        groupBy: ['_q_w', '_q_k', '_q_s', '_q_b'],
      });
      perRequest = group.map((_, k) => rows.filter((row) => Number(row._q_k) === k));
    }
    return Promise.all(group.map((p, k) => this.binCountsFrom(source, p.request, perRequest[k].filter((row) => row._q_s !== null && Number(row._q_s) >= 0))));
  }

  private async binCountsFrom(source: SqlStage, request: WindowBinRequest, rows: SqlRow[]): Promise<WindowBinCounts> {
    const starts = await this.windowStarts(source, request);
    const binCount = request.bins.kind === 'edges' ? request.bins.edges.length + 1 : request.bins.values.length + 1;
    const slices = request.slice ? request.slice.values : ['*'];
    const windowOf = new Map(starts.map((start, w) => [start, w]));
    const counts = new Float64Array(starts.length * slices.length * binCount);
    for (const row of rows) {
      if (row._q_s === null || row._q_b === null) continue;
      const w = windowOf.get(Number(row._q_w))!;
      counts[(w * slices.length + Number(row._q_s)) * binCount + Number(row._q_b)] += Number(row._q_n);
    }
    return { starts, slices, bins: binCount, counts };
  }

  async timeSlice(stage: string, request: TimeSliceRequest): Promise<string> {
    const name = `${stage}[${request.start ?? ''}..${request.end ?? ''})`;
    if (this.derived.has(name)) return name;
    const source = this.stage(stage);
    const time = this.timeColumn(source, request.time).expr;
    const where = [...source.where, `${time} IS NOT NULL`];
    if (request.start !== undefined) where.push(`${time} >= ${floatLiteral(this.dialect, request.start)}`);
    if (request.end !== undefined) where.push(`${time} < ${floatLiteral(this.dialect, request.end)}`);
    this.derived.set(name, { ...source, name, where });
    while (this.derived.size > MAX_DERIVED) this.derived.delete(this.derived.keys().next().value as string);
    return name;
  }

  async sampleRows(stage: string, request: RowSampleRequest): Promise<RowSample> {
    const source = this.stage(stage);
    const columns = request.columns.map((name) => this.column(source, name));
    const population = await this.rowCount(stage);
    const selected = columns.map((c, i) => `${c.expr} AS _q_c${i}`);
    let rows: SqlRow[];
    if (source.ordered && this.dialect.rowNumber) {
      // The same rows the in-memory engine draws: its indices, numbered in load order.
      const wanted = Array.from(sampleIndices(population, request.size, request.seed)).join(', ');
      const inner = this.selectSql(source, [`${this.dialect.rowNumber} AS _q_rn`, ...selected]);
      rows = await this.client.query(`SELECT * FROM (${inner}) AS numbered WHERE _q_rn IN (${wanted || '-1'}) ORDER BY _q_rn`);
    } else {
      const hash = this.dialect.hash(columns.map((c) => c.expr), request.seed);
      rows = await this.select(source, selected, { orderBy: [hash], limit: request.size });
    }
    return { population, rows: rows.length, columns: rowsToColumns(rows, columns.map((c, i) => ({ name: c.name, type: c.type, field: `_q_c${i}` }))) };
  }

  /**
   * Per-row columns (joined columns named `<stage>.<column>`), in load order where the engine
   * has one, else by record key and time, so two requests on one stage line up row by row.
   */
  async recordColumns(request: RecordColumnsRequest): Promise<Column[]> {
    const source = this.stage(request.stage);
    const columns = request.columns.map((name) => this.column(source, name));
    const parts = columns.map((c, i) => `${c.expr} AS _q_c${i}`);
    const fields = columns.map((c, i) => ({ name: c.name, type: c.type, field: `_q_c${i}` }));
    const numbered = this.numbered(source);
    let from: SqlStage = numbered ?? source;
    if (request.join) {
      const joined = this.joinedColumns(request.join);
      from = { ...from, from: `${from.from} ${this.dialect.leftJoin} (${joined.sql}) AS sl ON ${this.column(source, request.join.key).expr} = sl_k` };
      joined.columns.forEach((c, i) => {
        parts.push(`sl_${i} AS _q_j${i}`);
        fields.push({ name: `${request.join!.stage}.${c.name}`, type: c.type, field: `_q_j${i}` });
      });
    }
    const sql = this.selectSql(from, parts, { orderBy: numbered ? ['sl_rn'] : this.recordOrder(source) });
    return rowsToColumns(await this.client.query(sql), fields);
  }

  /** One row per key of the joined stage (`<prefix>_k`, values `<prefix>_i`): the row with the smallest `firstBy`, else any row. */
  joinedColumns(join: NonNullable<RecordColumnsRequest['join']>, prefix = 'sl'): { sql: string; columns: SqlColumn[] } {
    const other = this.stage(join.stage);
    const columns = join.columns.map((name) => this.column(other, name));
    const otherKey = this.column(other, join.stageKey).expr;
    const order = join.firstBy ? this.column(other, join.firstBy).expr : undefined;
    const pick = (expr: string): string => (order ? this.dialect.valueAtMin(expr, order) : this.dialect.anyValue(expr));
    const where = [`${otherKey} IS NOT NULL`, ...(join.requireValue ? [`${this.column(other, join.requireValue).expr} IS NOT NULL`] : [])];
    const sql = this.selectSql(other, [`${otherKey} AS ${prefix}_k`, ...columns.map((c, i) => `${pick(c.expr)} AS ${prefix}_${i}`)], { where, groupBy: [`${prefix}_k`] });
    return { sql, columns };
  }

  async keyedChanges(request: KeyedChangesRequest): Promise<KeyedChanges> {
    const up = this.stage(request.from.stage);
    const upKey = this.column(up, request.from.key).expr;
    const first = await this.firstRowPerKey(request.to.stage, request.to.key, request.columns);
    const joined: SqlStage = { ...up, from: `${up.from} ${this.dialect.leftJoin} (${first}) AS sl ON ${upKey} = sl_k` };
    const fates = request.columns.map((name, i) => this.cellFates(this.column(up, name), i));
    const any = (kind: 'nulled' | 'changed'): string => (fates.length ? fates.map((f) => `(${f[kind]})`).join(' OR ') : '1 = 0');
    const time = request.from.time ? this.timeColumn(up, request.from.time).expr : undefined;
    const parts = [
      time ? `CASE WHEN ${time} IS NULL THEN 0 ELSE 1 END AS _q_has` : '0 AS _q_has',
      time ? `coalesce(${bucketExpr(time, request.bucket)}, 0) AS _q_w` : '0 AS _q_w',
      'count(*) AS _q_n',
      `sum(CASE WHEN ${MATCHED} THEN 0 ELSE 1 END) AS _q_dropped`,
      `sum(CASE WHEN ${MATCHED} AND (${any('nulled')}) THEN 1 ELSE 0 END) AS _q_nulled`,
      `sum(CASE WHEN ${MATCHED} AND (${any('changed')}) THEN 1 ELSE 0 END) AS _q_changed`,
      ...fates.flatMap((f, i) => [`sum(CASE WHEN ${MATCHED} AND (${f.nulled}) THEN 1 ELSE 0 END) AS _q_nulled${i}`, `sum(CASE WHEN ${MATCHED} AND (${f.changed}) THEN 1 ELSE 0 END) AS _q_changed${i}`]),
    ];
    const rows = await this.select(joined, parts, { groupBy: ['_q_has', '_q_w'], orderBy: ['_q_w'] });
    const [keys] = await this.select(up, ['count(*) AS _q_n', `count(${upKey}) AS _q_keyed`, `${this.dialect.countDistinct(upKey)} AS _q_distinct`]);
    return changesOf(rows, request.columns, keys);
  }

  /**
   * One row per key of a stage: the first in load order, else the one whose values hash lowest
   * (a fixed choice). The key comes as `<prefix>_k` and `<prefix>_has` = 1 (null where a left
   * join found no row: ClickHouse fills the right key with the left one's value, so the key
   * cannot tell), each value as `<prefix>_i`, never null, with
   * `<prefix>_m_i` = 1 where it is missing: ClickHouse 18.16 crashes on a nullable value taken
   * through argMin and a join.
   */
  async firstRowPerKey(stage: string, key: string, columns: string[], prefix = 'sl'): Promise<string> {
    const source = this.stage(stage);
    const values = columns.map((name) => this.column(source, name));
    const keyExpr = this.column(source, key).expr;
    const fields = values.flatMap((c) => [`coalesce(${c.expr}, ${c.type === 'category' ? "''" : '0'})`, `CASE WHEN ${c.expr} IS NULL THEN 1 ELSE 0 END`]);
    const names = values.flatMap((_, i) => [`${prefix}_${i}`, `${prefix}_m_${i}`]);
    // Each key once (the usual case): its row needs no choosing, and the stage is joined as it is.
    if (await this.keyIsUnique(stage, key)) {
      return this.selectSql(source, [`${keyExpr} AS ${prefix}_k`, `1 AS ${prefix}_has`, ...fields.map((f, i) => `${f} AS ${names[i]}`)], { where: [`${keyExpr} IS NOT NULL`] });
    }
    if (!values.length) return this.selectSql(source, [`${keyExpr} AS ${prefix}_k`, `1 AS ${prefix}_has`], { where: [`${keyExpr} IS NOT NULL`], groupBy: [`${prefix}_k`] });
    const numbered = this.numbered(source);
    const order = numbered ? 'sl_rn' : this.dialect.hash(source.columns.map((c) => c.expr), 0);
    const rows = this.selectSql(numbered ?? source, [`${keyExpr} AS ${prefix}_k`, `${this.dialect.rowAtMin(fields, order)} AS ${prefix}_row`], { where: [`${keyExpr} IS NOT NULL`], groupBy: [`${prefix}_k`] });
    const picked = names.map((name, i) => `${this.dialect.rowField(`${prefix}_row`, i)} AS ${name}`);
    return `SELECT ${prefix}_k, 1 AS ${prefix}_has${picked.map((p) => `, ${p}`).join('')} FROM (${rows}) AS ${prefix}_rows`;
  }

  /** Whether no two rows of the stage share a (non-missing) key; asked once per stage and key. */
  private keyIsUnique(stage: string, key: string): Promise<boolean> {
    const id = `${stage}\u0000${key}`;
    let unique = this.uniqueKeys.get(id);
    if (!unique) {
      const expr = this.column(this.stage(stage), key).expr;
      unique = this.select(this.stage(stage), [`count(${expr}) AS _q_n`, `${this.dialect.countDistinct(expr)} AS _q_d`]).then(([row]) => Number(row._q_n) === Number(row._q_d));
      this.uniqueKeys.set(id, unique);
      unique.catch(() => this.uniqueKeys.delete(id));
    }
    return unique;
  }

  /** SQL conditions for an upstream cell and the downstream row's value: nulled, or valued on both sides and different (numbers to 1e-9 relative, as cellComparer). */
  private cellFates(upstream: SqlColumn, i: number): { nulled: string; changed: string } {
    const down = `sl_${i}`;
    const same =
      upstream.type === 'category'
        ? `${upstream.expr} = ${down}`
        : `(${upstream.expr} = ${down} OR abs(${upstream.expr} - ${down}) <= ${RELATIVE_TOLERANCE} * greatest(abs(${upstream.expr}), abs(${down})))`;
    return {
      nulled: `${upstream.expr} IS NOT NULL AND sl_m_${i} = 1`,
      changed: `${upstream.expr} IS NOT NULL AND sl_m_${i} = 0 AND NOT (${same})`,
    };
  }

  /**
   * The stage with each row's load-order number as `sl_rn`, given as the stage is scanned, before
   * any join (whose output order is the join's own); undefined when the engine has no row order.
   */
  private numbered(source: SqlStage): SqlStage | undefined {
    if (!source.ordered || this.dialect.rowNumber === null) return undefined;
    return { ...source, from: `(SELECT ${this.dialect.rowNumber} AS sl_rn, * FROM ${source.from}) AS sl_src` };
  }

  /** Without a load order: by every column of the stage, so any two requests list the rows alike. */
  private recordOrder(source: SqlStage): string[] {
    return source.columns.map((c) => c.expr);
  }

  private async computeLabelJoin(request: LabelJoinRequest): Promise<LabelJoinStats> {
    const predictions = this.stage(request.predictions.stage);
    const labelStage = this.stage(request.labels.stage);
    const time = this.timeColumn(predictions, request.predictions.time).expr;
    const label = this.column(labelStage, request.labels.column).expr;
    const labelTime = request.labels.time ? this.timeColumn(labelStage, request.labels.time).expr : undefined;
    let from: SqlStage;
    let labeled: string;
    let labeledAt: string | undefined;
    if (request.predictions.stage === request.labels.stage) {
      from = predictions;
      labeled = label;
      labeledAt = labelTime;
    } else {
      const key = this.column(predictions, request.predictions.key).expr;
      const labelKey = this.column(labelStage, request.labels.key).expr;
      // One row per labelled key, at the time its first label arrived (as the in-memory engine counts it).
      const firstLabels = this.selectSql(labelStage, [`${labelKey} AS sl_k`, ...(labelTime ? [`min(${labelTime}) AS sl_t`] : []), 'count(*) AS sl_n'], {
        where: [`${labelKey} IS NOT NULL`, `${label} IS NOT NULL`],
        groupBy: ['sl_k'],
      });
      // Unqualified names: ClickHouse 18 cannot name a joined subquery's columns through its alias.
      from = { ...predictions, from: `${predictions.from} ${this.dialect.leftJoin} (${firstLabels}) AS sl ON ${key} = sl_k` };
      labeled = 'sl_n';
      labeledAt = labelTime && 'sl_t';
    }
    const overallParts = ['count(*) AS _q_n', `count(${labeled}) AS _q_labeled`];
    const bucketParts = [`${bucketExpr(time, request.bucket)} AS _q_w`, 'count(*) AS _q_n', `count(${labeled}) AS _q_labeled`];
    // Without a label time there is no lag; a NULL literal in its place breaks ClickHouse 18's distributed queries.
    const lag = labeledAt && `CASE WHEN ${labeled} IS NOT NULL THEN ${labeledAt} - ${time} END`;
    if (lag) {
      const [p50, p90, p99] = this.dialect.quantiles(lag, [0.5, 0.9, 0.99]);
      overallParts.push(`count(${lag}) AS _q_lags`, `${p50} AS _q_p50`, `${p90} AS _q_p90`, `${p99} AS _q_p99`, `max(${lag}) AS _q_mx`);
      bucketParts.push(`${this.dialect.quantiles(lag, [0.5])[0]} AS _q_lag`);
    }
    const [overall] = await this.select(from, overallParts);
    const buckets = await this.select(from, bucketParts, { where: [`${time} IS NOT NULL`], groupBy: ['_q_w'], orderBy: ['_q_w'] });
    return {
      total: Number(overall._q_n),
      labeled: Number(overall._q_labeled),
      lag: Number(overall._q_lags ?? 0) > 0
        ? { p50: Number(overall._q_p50), p90: Number(overall._q_p90), p99: Number(overall._q_p99), max: Number(overall._q_mx) }
        : undefined,
      buckets: buckets.map((b) => ({ start: Number(b._q_w), total: Number(b._q_n), labeled: Number(b._q_labeled), medianLagMs: numberOrNull(b._q_lag ?? null) })),
    };
  }

  private windowStarts(source: SqlStage, request: WindowRequest): Promise<number[]> {
    const id = `${source.name}\u0000${source.where.join(' AND ')}\u0000${request.time}\u0000${request.bucket}`;
    let starts = this.windowStartCache.get(id);
    if (!starts) {
      const time = this.timeColumn(source, request.time).expr;
      starts = this.select(source, [`${bucketExpr(time, request.bucket)} AS _q_w`], { where: [`${time} IS NOT NULL`], groupBy: ['_q_w'], orderBy: ['_q_w'] }).then((rows) =>
        rows.map((row) => Number(row._q_w)),
      );
      this.windowStartCache.set(id, starts);
      starts.catch(() => this.windowStartCache.delete(id));
    }
    return starts;
  }

  /** The bin of each row as `WindowBinCounts` numbers them; NULL for a missing value. */
  private binSql(source: SqlStage, name: string, bins: BinSpec): string {
    const column = this.column(source, name);
    if (bins.kind === 'categories') return this.labelIndexSql(column, bins.values, String(bins.values.length));
    if (column.type === 'category') throw new TypeError(`column "${name}" holds categories; it needs category bins`);
    const { edges } = bins;
    const v = column.expr;
    const first = floatLiteral(this.dialect, edges[0]);
    const last = floatLiteral(this.dialect, edges[edges.length - 1]);
    return `CASE WHEN ${v} IS NULL THEN NULL WHEN ${v} < ${first} THEN 0 WHEN ${v} > ${last} THEN ${edges.length} WHEN ${v} = ${last} THEN ${edges.length - 1} ELSE ${edgesAtOrBelow(this.dialect, v, edges)} END`;
  }

  /** The index of a row's value among `labels` (numbers and booleans read as the in-memory engine prints them), `otherwise` when it is not listed. */
  private labelIndexSql(column: SqlColumn, labels: string[], otherwise: string): string {
    const arms: string[] = [];
    labels.forEach((label, i) => {
      if (column.type === 'category') arms.push(`WHEN ${column.expr} = ${textLiteral(label)} THEN ${i}`);
      else if (Number.isFinite(Number(label)) && String(Number(label)) === label) arms.push(`WHEN ${column.expr} = ${floatLiteral(this.dialect, Number(label))} THEN ${i}`);
    });
    return `CASE WHEN ${column.expr} IS NULL THEN NULL ${arms.join(' ')} ELSE ${otherwise} END`;
  }

  private aggregateSql(source: SqlStage, aggregate: Aggregate): string {
    if (aggregate.op === 'count') return 'count(*)';
    const value = this.column(source, aggregate.column).expr;
    switch (aggregate.op) {
      case 'validCount':
        return `count(${value})`;
      case 'nullCount':
        return `count(*) - count(${value})`;
      case 'sum':
        return `coalesce(sum(${value}), 0)`;
      case 'mean':
        return `avg(${value})`;
      case 'min':
        return `min(${value})`;
      case 'max':
        return `max(${value})`;
      case 'median':
        return this.dialect.quantiles(value, [0.5])[0];
    }
  }

  private select(source: SqlStage, parts: string[], clauses: SelectClauses = {}): Promise<SqlRow[]> {
    return this.client.query(this.selectSql(source, parts, clauses));
  }

  selectSql(source: SqlStage, parts: string[], clauses: SelectClauses = {}): string {
    const where = [...source.where, ...(clauses.where ?? [])];
    return [
      `SELECT ${parts.join(', ')} FROM ${source.from}`,
      where.length ? `WHERE ${where.map((w) => `(${w})`).join(' AND ')}` : '',
      clauses.groupBy?.length ? `GROUP BY ${clauses.groupBy.join(', ')}` : '',
      clauses.orderBy?.length ? `ORDER BY ${clauses.orderBy.join(', ')}` : '',
      clauses.limit !== undefined ? `LIMIT ${Math.max(0, Math.floor(clauses.limit))}` : '',
    ]
      .filter(Boolean)
      .join(' ');
  }

  stage(name: string): SqlStage {
    const stage = this.stages.get(name) ?? this.derived.get(name);
    if (!stage) throw new SightlineInputError('engine.unknown-stage', `no stage named "${name}" (stages: ${this.stageNames().join(', ')})`);
    return stage;
  }

  column(source: SqlStage, name: string): SqlColumn {
    const column = source.columns.find((c) => c.name === name);
    if (!column) {
      throw new SightlineInputError('engine.unknown-column', `stage "${source.name}" has no column "${name}" (columns: ${source.columns.map((c) => c.name).join(', ')})`, {
        column: name,
        hint: 'Fix the column name in sightline.json, or check that the stage holds the data you meant.',
      });
    }
    return column;
  }

  private numeric(source: SqlStage, name: string): SqlColumn {
    const column = this.column(source, name);
    if (column.type === 'category') throw this.typeError(source, name, 'a numeric or time column');
    return column;
  }

  timeColumn(source: SqlStage, name: string): SqlColumn {
    const column = this.column(source, name);
    if (column.type !== 'time') throw this.typeError(source, name, 'a time column (a timestamp, ISO text or epoch seconds/ms)');
    return column;
  }

  private typeError(source: SqlStage, name: string, expected: string): SightlineInputError {
    const column = this.column(source, name);
    return new SightlineInputError('engine.column-type', `stage "${source.name}": column "${name}" is ${column.type}, expected ${expected}`, {
      column: name,
      hint: 'Set its type under stages[].columns in sightline.json if Sightline guessed wrong.',
    });
  }
}

interface PendingBins {
  stage: string;
  request: WindowBinRequest;
  resolve: (counts: WindowBinCounts) => void;
  reject: (error: unknown) => void;
}

interface SelectClauses {
  where?: string[];
  groupBy?: string[];
  orderBy?: string[];
  limit?: number;
}

function windowStats(row: SqlRow, i: number, rows: number): ColumnWindowStats {
  const valid = Number(row[`_q_v${i}`]);
  const numeric = `_q_m${i}` in row && valid > 0;
  const at = (field: string): number | null => (numeric ? numberOrNull(row[field]) : null);
  return {
    valid,
    nulls: rows - valid,
    distinct: Number(row[`_q_d${i}`]),
    mean: at(`_q_m${i}`),
    std: valid > 1 ? at(`_q_s${i}`) : null,
    min: at(`_q_lo${i}`),
    max: at(`_q_hi${i}`),
    q10: at(`_q_q10_${i}`),
    q50: at(`_q_q50_${i}`),
    q90: at(`_q_q90_${i}`),
  };
}

function changesOf(rows: SqlRow[], columns: string[], keys: SqlRow): KeyedChanges {
  const counts = (row: SqlRow): ChangeCounts => ({ upstream: Number(row._q_n), dropped: Number(row._q_dropped), nulled: Number(row._q_nulled), changed: Number(row._q_changed) });
  const totals: ChangeCounts = { upstream: 0, dropped: 0, nulled: 0, changed: 0 };
  const byColumn = columns.map((column) => ({ column, nulled: 0, changed: 0 }));
  for (const row of rows) {
    const c = counts(row);
    totals.upstream += c.upstream;
    totals.dropped += c.dropped;
    totals.nulled += c.nulled;
    totals.changed += c.changed;
    byColumn.forEach((column, i) => {
      column.nulled += Number(row[`_q_nulled${i}`]);
      column.changed += Number(row[`_q_changed${i}`]);
    });
  }
  const byWindow = rows.filter((row) => Number(row._q_has) === 1).map((row) => ({ start: Number(row._q_w), ...counts(row) }));
  const keyed = Number(keys._q_keyed);
  return { ...totals, byColumn, byWindow, missingKeys: Number(keys._q_n) - keyed, duplicateKeys: keyed - Number(keys._q_distinct) };
}

function keyValue(value: SqlRow[string], text: boolean): string | number | null {
  if (value === null) return null;
  return text ? String(value) : numberOrNull(value);
}


