import type { Column, LogTable } from '../../io/logTable';
import type { PerformanceTask } from './types';
import type { PerformanceInputs } from './inputs';
import { SightlineInputError } from '../../io/errors';

/**
 * What a performance analysis needs from the logs: per prediction record its time, score,
 * class, label (joined by key when labels live in another stage), label time and a subgroup.
 * These are per-record columns (the bootstraps resample records), so this is not an engine
 * statistic: the in-memory source reads its tables, a SQL engine answers with one join
 * (core/engine/sql/sqlRowSource.ts) and sends these few columns, not the stage.
 */
export interface PerformanceRowsRequest {
  task: PerformanceTask;
  predictions: { stage: string; time: string; key?: string; score?: string; class?: string; subgroup?: string };
  labels: { stage: string; column: string; key?: string; time?: string };
  /** Label (and class) value that counts as positive when the column holds text. */
  positiveLabel?: string;
}

/** A category column of another stage, brought to the prediction rows by record key. */
export interface KeyedCategoriesRequest {
  predictions: { stage: string; key: string };
  from: { stage: string; key: string; column: string };
}

export interface PerformanceRowSource {
  performanceRows(request: PerformanceRowsRequest): Promise<PerformanceInputs>;
  /** Per prediction row, the code of its record's value in `from` (-1 where the key has no row or no value there). */
  keyedCategories(request: KeyedCategoriesRequest): Promise<{ codes: Int32Array; dictionary: string[] }>;
}

/** Answers the request from in-memory tables, with the typed arrays the engine loaded. */
export function tableRowSource(tables: ReadonlyMap<string, LogTable>): PerformanceRowSource {
  return {
    performanceRows: async (request) => readRows(tables, request),
    keyedCategories: async (request) => keyedCategories(tables, request),
  };
}

function keyedCategories(tables: ReadonlyMap<string, LogTable>, request: KeyedCategoriesRequest): { codes: Int32Array; dictionary: string[] } {
  const source = categories(findColumn(tables, request.from.stage, request.from.column));
  const predictionKeys = keys(findColumn(tables, request.predictions.stage, request.predictions.key));
  if (request.from.stage === request.predictions.stage) return { codes: source.codes, dictionary: source.dictionary };
  const rowOfKey = new Map<string, number>();
  keys(findColumn(tables, request.from.stage, request.from.key)).forEach((key, row) => {
    if (key !== null && !rowOfKey.has(key)) rowOfKey.set(key, row);
  });
  const codes = Int32Array.from(predictionKeys, (key) => {
    const row = key === null ? undefined : rowOfKey.get(key);
    return row === undefined ? -1 : source.codes[row];
  });
  return { codes, dictionary: source.dictionary };
}

function readRows(tables: ReadonlyMap<string, LogTable>, request: PerformanceRowsRequest): PerformanceInputs {
  const { predictions, labels, task } = request;
  const column = (stage: string, name: string): Column => findColumn(tables, stage, name);
  const times = column(predictions.stage, predictions.time).type === 'time' ? numeric(column(predictions.stage, predictions.time)) : badType(predictions.stage, predictions.time, 'a time column');
  const n = times.length;
  const scores = predictions.score ? numeric(column(predictions.stage, predictions.score)) : new Float64Array(n).fill(NaN);
  const classes = predictions.class ? outcome(column(predictions.stage, predictions.class), request.positiveLabel) : undefined;
  const labelValues = task === 'classification' ? outcome(column(labels.stage, labels.column), request.positiveLabel) : numeric(column(labels.stage, labels.column));
  const labelTimes = labels.time ? numeric(column(labels.stage, labels.time)) : undefined;
  const subgroup = predictions.subgroup ? categories(column(predictions.stage, predictions.subgroup)) : undefined;
  const joined =
    labels.stage === predictions.stage
      ? { labels: labelValues, labelTimes }
      : joinEarliestLabel(keys(column(predictions.stage, requireKey(predictions.key, predictions.stage))), keys(column(labels.stage, requireKey(labels.key, labels.stage))), labelValues, labelTimes);
  return { task, times, scores, classes, labels: joined.labels, labelTimes: joined.labelTimes, subgroup };
}

/** Each key's first label (by label time, else by row order), as the engine's labelJoin counts it. */
export function joinEarliestLabel(predictionKeys: (string | null)[], labelKeys: (string | null)[], values: Float64Array, times: Float64Array | undefined) {
  const first = new Map<string, number>();
  for (let j = 0; j < labelKeys.length; j++) {
    const key = labelKeys[j];
    if (key === null || Number.isNaN(values[j])) continue;
    const seen = first.get(key);
    if (seen === undefined || (times && times[j] < times[seen])) first.set(key, j);
  }
  const rowOf = predictionKeys.map((key) => (key === null ? undefined : first.get(key)));
  return {
    labels: Float64Array.from(rowOf, (j) => (j === undefined ? NaN : values[j])),
    labelTimes: times ? Float64Array.from(rowOf, (j) => (j === undefined ? NaN : times[j])) : undefined,
  };
}

function findColumn(tables: ReadonlyMap<string, LogTable>, stage: string, name: string): Column {
  const table = tables.get(stage);
  if (!table) throw new SightlineInputError('performance.unknown-stage', `no stage named "${stage}"`);
  const found = table.columns.find((c) => c.name === name);
  if (!found) {
    throw new SightlineInputError('performance.unknown-column', `stage "${stage}" has no column "${name}"`, {
      column: name,
      hint: 'Fix the predictions/labels columns in sightline.json.',
    });
  }
  return found;
}

function numeric(column: Column): Float64Array {
  if (column.type === 'category') return Float64Array.from(column.codes, (c) => (c < 0 ? NaN : Number(column.dictionary[c])));
  return column.values;
}

/** 0 / 1 for a class or label column; text columns need to know which value is positive. */
export function outcome(column: Column, positive: string | undefined): Float64Array {
  if (column.type !== 'category') {
    return column.values.map((v) => (Number.isNaN(v) ? NaN : positive !== undefined ? Number(String(v) === positive) : v === 1 ? 1 : v === 0 ? 0 : badOutcome(column)));
  }
  const positiveCode = positive !== undefined ? column.dictionary.indexOf(positive) : column.dictionary.findIndex((v) => v === '1' || v.toLowerCase() === 'true');
  if (positive === undefined && column.dictionary.some((v) => !['0', '1', 'true', 'false'].includes(v.toLowerCase()))) return badOutcome(column);
  return Float64Array.from(column.codes, (c) => (c < 0 ? NaN : c === positiveCode ? 1 : 0));
}

function categories(column: Column): { column: string; codes: Int32Array; dictionary: string[] } {
  if (column.type === 'category') return { column: column.name, codes: column.codes, dictionary: column.dictionary };
  const dictionary: string[] = [];
  const index = new Map<string, number>();
  const codes = Int32Array.from(column.values, (v) => {
    if (Number.isNaN(v)) return -1;
    const key = String(v);
    if (!index.has(key)) index.set(key, dictionary.push(key) - 1);
    return index.get(key)!;
  });
  return { column: column.name, codes, dictionary };
}

/** Each row's record key as text, null where missing. */
export function keys(column: Column): (string | null)[] {
  if (column.type === 'category') return Array.from(column.codes, (c) => (c < 0 ? null : column.dictionary[c]));
  return Array.from(column.values, (v) => (Number.isNaN(v) ? null : String(v)));
}

function requireKey(key: string | undefined, stage: string): string {
  if (key) return key;
  throw new SightlineInputError('performance.no-key', `stage "${stage}" has no record key to join labels by`, {
    hint: 'Set "key" on the predictions and labels stages in sightline.json.',
  });
}

function badType(stage: string, name: string, expected: string): never {
  throw new SightlineInputError('performance.column-type', `stage "${stage}": column "${name}" is not ${expected}`, { column: name });
}

function badOutcome(column: Column): never {
  throw notZeroOne(column.name);
}

/** A class or label column whose values are not 0/1 (or true/false) and no positive value was given. */
export function notZeroOne(column: string): SightlineInputError {
  return new SightlineInputError('performance.positive-label', `column "${column}" is not 0/1: Sightline needs to know which value is the positive class`, {
    column,
    hint: 'Pass positiveLabel (CLI: --positive-label) with the value that means positive.',
  });
}
