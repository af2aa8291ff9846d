import { table as aqTable, op, type ColumnTable } from 'arquero';
import type { ExprObject } from 'arquero/dist/types/table/types';
import type { Column, LoadReport, LogTable } from '../io/logTable';
import type {
  ColumnProfile,
  Engine,
  GroupRequest,
  GroupRow,
  HistogramCounts,
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
} from './engine';
import { bucketStart } from './engine';
import { SightlineInputError } from '../io/errors';
import { profileColumn } from './profileColumn';
import { histogramOf } from './histogram';
import { byCountThenValue, categoryCounts, withoutNaN } from './columnCounts';
import type { Windowing } from './windowSummaries';
import { rangeCounts, summarizeWindows, windowRows } from './windowSummaries';
import { windowBinCounts } from './windowBinCounts';
import { quantileSorted } from '../stats/quantile';
import { rowsInRange, sliceTable, takeRows } from './sliceRows';
import { sampleIndices } from './sampleIndices';
import { keyedChangesOf } from './keyedChanges';

/**
 * The in-memory engine. Group-bys, joins and rollups go through Arquero; single-column scans
 * (profiles, histograms) are plain loops over the typed arrays, which is one pass with no
 * per-row objects and faster than building an Arquero expression for them.
 */
/** Time slices kept at once (drift sides, dashboard overlays); a slice is recomputed when asked again. */
const MAX_DERIVED = 16;

export class ArqueroEngine implements Engine {
  readonly name = 'arquero';
  private readonly arquero = new Map<string, ColumnTable>();
  /** Monitoring asks for the same windows once per column; sorting rows into windows is kept. */
  private readonly windowings = new Map<string, Windowing>();
  /** Inspect and overview ask for the same join; it is the costliest request, so it is kept. */
  private readonly labelJoins = new Map<string, Promise<LabelJoinStats>>();

  /** Stages derived by timeSlice, by their generated name; the oldest go past MAX_DERIVED. */
  private readonly derived = new Map<string, LogTable>();

  constructor(private readonly tables: ReadonlyMap<string, LogTable>) {}

  stageNames(): string[] {
    return [...this.tables.keys()];
  }

  columnNames(stage: string): string[] {
    return this.table(stage).columns.map((c) => c.name);
  }

  async rowCount(stage: string): Promise<number> {
    return this.table(stage).rowCount;
  }

  async profile(stage: string): Promise<ColumnProfile[]> {
    return this.table(stage).columns.map(profileColumn);
  }

  async histogram(stage: string, column: string, edges: number[]): Promise<HistogramCounts> {
    return histogramOf(this.numericValues(stage, column), edges);
  }

  async valueCounts(stage: string, column: string, limit = Infinity): Promise<ValueCount[]> {
    const typed = this.column(stage, column);
    // Dictionary codes count in one pass; the group-by costs ~50x more at a million rows.
    if (typed.type === 'category') return categoryCounts(typed).slice(0, limit);
    const grouped = await this.groupAggregate(stage, { by: [{ column }], aggregates: { count: { op: 'count' } } });
    return grouped
      .map((row) => ({ value: row.keys[column] === null ? null : String(row.keys[column]), count: row.values.count ?? 0 }))
      .sort(byCountThenValue)
      .slice(0, limit);
  }

  async sortedValues(stage: string, column: string): Promise<Float64Array> {
    return withoutNaN(this.numericValues(stage, column)).sort();
  }

  async groupAggregate(stage: string, request: GroupRequest): Promise<GroupRow[]> {
    const base = this.arqueroTable(stage);
    const keyColumns: Record<string, ArrayLike<unknown>> = {};
    for (const key of request.by) {
      const column = this.column(stage, key.column);
      if (key.bucket) {
        if (column.type !== 'time') throw this.typeError(stage, key.column, 'a time column');
        const bucket = key.bucket;
        keyColumns[key.column] = column.values.map((t) => (Number.isNaN(t) ? NaN : bucketStart(t, bucket)));
      }
    }
    const withKeys = Object.keys(keyColumns).length ? base.assign(aqTable(keyColumns)) : base;
    const rollup: ExprObject = Object.fromEntries(Object.entries(request.aggregates).map(([name, agg]) => [name, toArqueroOp(agg)]));
    const result = withKeys.groupby(request.by.map((k) => k.column)).rollup(rollup);
    return result.objects().map((row) => splitRow(row as Record<string, unknown>, request));
  }

  labelJoin(request: LabelJoinRequest): Promise<LabelJoinStats> {
    const id = JSON.stringify(request);
    let stats = this.labelJoins.get(id);
    if (!stats) {
      stats = this.computeLabelJoin(request);
      this.labelJoins.set(id, stats);
    }
    return stats;
  }

  private async computeLabelJoin(request: LabelJoinRequest): Promise<LabelJoinStats> {
    const { predictions, labels } = request;
    const predTimes = this.timeValues(predictions.stage, predictions.time);
    const sameStage = predictions.stage === labels.stage;
    const labelColumn = this.column(labels.stage, labels.column);
    const labelPresent = presenceOf(labelColumn);
    const labelTimes = labels.time ? this.timeValues(labels.stage, labels.time) : new Float64Array(labelPresent.length).fill(NaN);
    const joined = sameStage
      ? aqTable({ t: predTimes, label: labelPresent, lt: labelTimes })
      : aqTable({ key: this.stringValues(predictions.stage, predictions.key), t: predTimes }).lookup(
          earliestLabelPerKey(this.stringValues(labels.stage, labels.key), labelPresent, labelTimes),
          'key',
          ['label', 'lt'],
        );
    const times = joined.array('t') as ArrayLike<number>;
    const present = joined.array('label') as ArrayLike<number | undefined>;
    const labelAt = joined.array('lt') as ArrayLike<number | undefined>;
    const n = times.length;
    const lag = new Float64Array(n).fill(NaN);
    const labeledFlag = new Float64Array(n);
    const bucket = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      bucket[i] = Number.isNaN(times[i]) ? NaN : bucketStart(times[i], request.bucket);
      if (present[i] === 1) {
        labeledFlag[i] = 1;
        const at = labelAt[i];
        if (at !== undefined && !Number.isNaN(at)) lag[i] = at - times[i];
      }
    }
    const perBucket = aqTable({ bucket, labeled: labeledFlag, lag })
      .groupby('bucket')
      .rollup({ total: op.count(), labeled: op.sum('labeled'), medianLag: op.median('lag') })
      .orderby('bucket')
      .objects() as { bucket: number; total: number; labeled: number; medianLag: number | undefined }[];
    const lags = lag.filter((v) => !Number.isNaN(v)).sort();
    return {
      total: n,
      labeled: labeledFlag.reduce((a, b) => a + b, 0),
      lag: lags.length
        ? { p50: quantileSorted(lags, 0.5), p90: quantileSorted(lags, 0.9), p99: quantileSorted(lags, 0.99), max: lags[lags.length - 1] }
        : undefined,
      buckets: perBucket
        .filter((b) => !Number.isNaN(b.bucket))
        .map((b) => ({ start: b.bucket, total: b.total, labeled: b.labeled, medianLagMs: finiteOrNull(b.medianLag) })),
    };
  }

  loadReports(stage: string): LoadReport[] {
    return this.table(stage).reports;
  }

  async windowSummaries(stage: string, request: WindowSummaryRequest): Promise<WindowSummary[]> {
    const columns = request.columns.map((name) => this.column(stage, name));
    return summarizeWindows(this.windowing(stage, request), columns);
  }

  async windowedRangeCounts(stage: string, request: WindowRangeRequest): Promise<WindowRangeCounts[]> {
    return rangeCounts(this.windowing(stage, request), this.numericValues(stage, request.column), request.lo, request.hi);
  }

  async timeSlice(stage: string, request: TimeSliceRequest): Promise<string> {
    const name = `${stage}[${request.start ?? ''}..${request.end ?? ''})`;
    if (!this.derived.has(name)) {
      const rows = rowsInRange(this.timeValues(stage, request.time), request.start, request.end);
      this.derived.set(name, sliceTable(this.table(stage), rows));
      this.forgetOldSlices();
    }
    return name;
  }

  /** A dashboard asks for a slice per selected cell; without a bound a long session would keep every one. */
  private forgetOldSlices(): void {
    while (this.derived.size > MAX_DERIVED) {
      const oldest = this.derived.keys().next().value as string;
      this.derived.delete(oldest);
      this.arquero.delete(oldest);
      for (const id of this.windowings.keys()) if (id.startsWith(`${oldest}\u0000`)) this.windowings.delete(id);
    }
  }

  async sampleRows(stage: string, request: RowSampleRequest): Promise<RowSample> {
    const columns = request.columns.map((name) => this.column(stage, name));
    const population = this.table(stage).rowCount;
    const rows = sampleIndices(population, request.size, request.seed);
    return { population, rows: rows.length, columns: takeRows(columns, rows) };
  }

  async windowedBinCounts(stage: string, request: WindowBinRequest): Promise<WindowBinCounts> {
    const slice = request.slice && { column: this.column(stage, request.slice.column), values: request.slice.values };
    return windowBinCounts(this.windowing(stage, request), this.column(stage, request.column), request.bins, slice);
  }

  async keyedChanges(request: KeyedChangesRequest): Promise<KeyedChanges> {
    const { from, to } = request;
    return keyedChangesOf({ from: { ...from, table: this.table(from.stage) }, to: { ...to, table: this.table(to.stage) }, columns: request.columns, bucket: request.bucket });
  }

  private windowing(stage: string, request: WindowRequest): Windowing {
    const id = `${stage}\u0000${request.time}\u0000${request.bucket}`;
    let windowing = this.windowings.get(id);
    if (!windowing) {
      windowing = windowRows(this.timeValues(stage, request.time), request.bucket);
      this.windowings.set(id, windowing);
    }
    return windowing;
  }

  private table(stage: string): LogTable {
    const table = this.tables.get(stage) ?? this.derived.get(stage);
    if (!table) throw new SightlineInputError('engine.unknown-stage', `no stage named "${stage}" (stages: ${this.stageNames().join(', ')})`);
    return table;
  }

  private column(stage: string, name: string): Column {
    const column = this.table(stage).columns.find((c) => c.name === name);
    if (!column) {
      const names = this.table(stage).columns.map((c) => c.name);
      throw new SightlineInputError('engine.unknown-column', `stage "${stage}" has no column "${name}" (columns: ${names.join(', ')})`, {
        column: name,
        hint: 'Fix the column name in sightline.json, or check that the stage files are the ones you meant.',
      });
    }
    return column;
  }

  private numericValues(stage: string, name: string): Float64Array {
    const column = this.column(stage, name);
    if (column.type === 'category') throw this.typeError(stage, name, 'a numeric or time column');
    return column.values;
  }

  private timeValues(stage: string, name: string): Float64Array {
    const column = this.column(stage, name);
    if (column.type !== 'time') throw this.typeError(stage, name, 'a time column (ISO text or epoch seconds/ms)');
    return column.values;
  }

  private stringValues(stage: string, name: string): (string | null)[] {
    const column = this.column(stage, name);
    if (column.type === 'category') return Array.from(column.codes, (c) => (c < 0 ? null : column.dictionary[c]));
    return Array.from(column.values, (v) => (Number.isNaN(v) ? null : String(v)));
  }

  private typeError(stage: string, name: string, expected: string): SightlineInputError {
    const column = this.column(stage, name);
    return new SightlineInputError('engine.column-type', `stage "${stage}": column "${name}" is ${column.type}, expected ${expected}`, {
      column: name,
      hint: `Set its type under stages[].columns in sightline.json if Sightline guessed wrong.`,
    });
  }

  private arqueroTable(stage: string): ColumnTable {
    let table = this.arquero.get(stage);
    if (!table) {
      table = aqTable(Object.fromEntries(this.table(stage).columns.map((c) => [c.name, toArqueroValues(c)])));
      this.arquero.set(stage, table);
    }
    return table;
  }
}

function toArqueroValues(column: Column): ArrayLike<unknown> {
  if (column.type === 'category') return Array.from(column.codes, (c) => (c < 0 ? null : column.dictionary[c]));
  return column.values;
}

/**
 * One row per labelled key: a key labelled twice (a correction, a retry) counts once, with
 * the time its first label arrived.
 */
function earliestLabelPerKey(keys: (string | null)[], present: Float64Array, times: Float64Array): ColumnTable {
  const kept: number[] = [];
  for (let i = 0; i < keys.length; i++) if (present[i] === 1 && keys[i] !== null) kept.push(i);
  return aqTable({
    key: kept.map((i) => keys[i]),
    lt: Float64Array.from(kept, (i) => times[i]),
  })
    .groupby('key')
    .rollup({ lt: op.min('lt') })
    .derive({ label: () => 1 });
}

/** 1 where the column has a value, 0 where it is missing. */
function presenceOf(column: Column): Float64Array {
  if (column.type === 'category') return Float64Array.from(column.codes, (c) => (c < 0 ? 0 : 1));
  return column.values.map((v) => (Number.isNaN(v) ? 0 : 1));
}

function toArqueroOp(aggregate: GroupRequest['aggregates'][string]): ExprObject[string] {
  switch (aggregate.op) {
    case 'count':
      return op.count();
    case 'validCount':
      return op.valid(aggregate.column);
    case 'nullCount':
      return op.invalid(aggregate.column);
    case 'sum':
      return op.sum(aggregate.column);
    case 'mean':
      return op.mean(aggregate.column);
    case 'min':
      return op.min(aggregate.column);
    case 'max':
      return op.max(aggregate.column);
    case 'median':
      return op.median(aggregate.column);
  }
}

function splitRow(row: Record<string, unknown>, request: GroupRequest): GroupRow {
  const keys: GroupRow['keys'] = {};
  for (const key of request.by) {
    const value = row[key.column];
    keys[key.column] = value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value)) ? null : (value as string | number);
  }
  const values: GroupRow['values'] = {};
  for (const name of Object.keys(request.aggregates)) values[name] = finiteOrNull(row[name]);
  return { keys, values };
}

function finiteOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
