import type { Column, LogTable } from '../../io/logTable';
import type { Pipeline, PipelineStage } from '../../io/pipeline';
import { SightlineInputError } from '../../io/errors';
import { findStage } from '../../io/pipeline';
import { rowsInRange } from '../../engine/sliceRows';
import { joinEarliestLabel, keys, outcome } from '../../detect/performance/tableRows';
import { KeyIndex, takeRowsOrMissing } from './keyedRows';
import { freeName, sliceColumnPlan } from './sliceColumnPlan';

/** The prediction rows to slice, with the per-row error column and how they were made. */
export interface PipelineSliceTable {
  table: LogTable;
  /** Name of the 0/1 error column in `table` (NaN where the prediction has no label). */
  errorColumn: string;
  /** Prediction rows in the range without a label (their error is missing). */
  unlabeled: number;
  /** The stage each feature column was taken from. */
  columnStages: Record<string, string>;
  description: string;
  /** The predictions stage's event time of each row (epoch ms, NaN when missing), when it names a time column. */
  time?: { column: string; values: Float64Array };
  /** The predictions stage's row of each table row. */
  rows: Int32Array;
  /** Each row's 0/1 label (its earliest by key), NaN when it has not arrived. */
  labels: Float64Array;
}

/**
 * The table slice search runs on for a pipeline: the predictions stage's rows (optionally those
 * whose event time is in [start, end)), each with the error `predicted class != label` (its
 * earliest label by key, as performance monitoring joins them) and the columns `sliceColumnPlan`
 * names, upstream ones joined by record key.
 */
export function pipelineSliceTable(pipeline: Pipeline, tables: ReadonlyMap<string, LogTable>, range: { start?: number; end?: number } = {}): PipelineSliceTable {
  const { predictions, labels } = requireRoles(pipeline);
  const predictStage = stageOf(pipeline, predictions.stage);
  const predictTable = tableOf(tables, predictStage);
  const classColumn = columnOf(predictTable, predictStage, predictions.class ?? missingClass(predictStage));
  const rows = predictionRows(predictTable, predictStage, range);
  const time = eventTimes(predictTable, predictStage, rows);
  const keyColumn = predictStage.key ? columnOf(predictTable, predictStage, predictStage.key) : undefined;
  const predictKeys = keyColumn ? pick(keys(keyColumn), rows) : undefined;
  const labelValues = labelsOf(pipeline, tables, labels, predictKeys, rows);
  const predicted = outcome(classColumn, undefined);
  const errors = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) errors[i] = Number.isNaN(labelValues[i]) || Number.isNaN(predicted[rows[i]]) ? NaN : Number(predicted[rows[i]] !== labelValues[i]);
  const { columns, columnStages } = featureColumns(pipeline, tables, predictStage, keyColumn && new KeyIndex(keyColumn, rows), rows);
  const errorColumn = freeName('error', columns.map((c) => c.name));
  let unlabeled = 0;
  for (let i = 0; i < labelValues.length; i++) if (Number.isNaN(labelValues[i])) unlabeled++;
  return {
    table: { rowCount: rows.length, columns: [...columns, { type: 'number', name: errorColumn, values: errors }], reports: [] },
    errorColumn,
    unlabeled,
    columnStages,
    ...(time ? { time } : {}),
    rows,
    labels: labelValues,
    description: errorDescription(classColumn.name, predictStage, labels),
  };
}

/** What the slice search's error is, in words. */
export function errorDescription(classColumn: string, predictStage: PipelineStage, labels: NonNullable<Pipeline['labels']>): string {
  return `predicted class "${classColumn}" of stage "${predictStage.name}" differs from label "${labels.column}"${labels.stage === predictStage.name ? '' : ` of stage "${labels.stage}" (earliest label per key)`}`;
}

export function noTimeColumn(stage: PipelineStage): SightlineInputError {
  return new SightlineInputError('slices.no-time-column', `stage "${stage.name}" has no time column, so its predictions cannot be cut to a time range`, {
    hint: 'Name its event-time column with "time" in sightline.json, or search all predictions (no range).',
  });
}

export function noKey(pipeline: Pipeline): SightlineInputError {
  return new SightlineInputError('slices.no-key', `the predictions and labels live in different stages but have no record key to join them by`, {
    file: pipeline.source,
    hint: 'Set "key" on the predictions and labels stages in sightline.json.',
  });
}

function eventTimes(table: LogTable, stage: PipelineStage, rows: Int32Array): PipelineSliceTable['time'] {
  const column = stage.time ? table.columns.find((c) => c.name === stage.time) : undefined;
  if (!column) return undefined;
  const values = numericValues(column);
  return { column: column.name, values: Float64Array.from(rows, (r) => values[r]) };
}

export function requireRoles(pipeline: Pipeline): { predictions: NonNullable<Pipeline['predictions']>; labels: NonNullable<Pipeline['labels']> } {
  if (pipeline.predictions && pipeline.labels) return { predictions: pipeline.predictions, labels: pipeline.labels };
  throw new SightlineInputError('slices.no-predictions', `${pipeline.source} does not name ${pipeline.predictions ? 'labels' : 'predictions'}, so there is no prediction error to slice`, {
    file: pipeline.source,
    hint: 'Add "predictions" and "labels" to sightline.json, or compare two time ranges of a stage (slices of change need no labels).',
  });
}

function predictionRows(table: LogTable, stage: PipelineStage, range: { start?: number; end?: number }): Int32Array {
  if (range.start === undefined && range.end === undefined) return Int32Array.from({ length: table.rowCount }, (_, i) => i);
  if (!stage.time) throw noTimeColumn(stage);
  const time = columnOf(table, stage, stage.time);
  return rowsInRange(time.type === 'category' ? new Float64Array(table.rowCount).fill(NaN) : time.values, range.start, range.end);
}

/** Per selected prediction row, its 0/1 label: from the same stage, or the earliest label of its key. */
function labelsOf(pipeline: Pipeline, tables: ReadonlyMap<string, LogTable>, labels: NonNullable<Pipeline['labels']>, predictKeys: (string | null)[] | undefined, rows: Int32Array): Float64Array {
  const labelStage = stageOf(pipeline, labels.stage);
  const labelTable = tableOf(tables, labelStage);
  const values = outcome(columnOf(labelTable, labelStage, labels.column), undefined);
  if (labelStage.name === pipeline.predictions?.stage) return Float64Array.from(rows, (row) => values[row]);
  const labelKey = labels.key ?? labelStage.key;
  if (!predictKeys || !labelKey) throw noKey(pipeline);
  const labelTime = labels.time ?? labelStage.time;
  const times = labelTime ? numericValues(columnOf(labelTable, labelStage, labelTime)) : undefined;
  return joinEarliestLabel(predictKeys, keys(columnOf(labelTable, labelStage, labelKey)), values, times).labels;
}

/** The plan's columns, each at the selected prediction rows (upstream stages' by record key). */
function featureColumns(pipeline: Pipeline, tables: ReadonlyMap<string, LogTable>, predictStage: PipelineStage, keyIndex: KeyIndex | undefined, rows: Int32Array): { columns: Column[]; columnStages: Record<string, string> } {
  const plan = sliceColumnPlan(pipeline, predictStage, (stage) => tables.get(stage.name)?.columns.map((c) => c.name));
  const joinedRows = new Map<string, Int32Array>([[predictStage.name, rows]]);
  const columns = plan.features.map(({ stage, column }) => {
    const pipelineStage = stageOf(pipeline, stage);
    const table = tableOf(tables, pipelineStage);
    let at = joinedRows.get(stage);
    if (!at) joinedRows.set(stage, (at = keyIndex!.rowsIn(columnOf(table, pipelineStage, pipelineStage.key as string))));
    return takeRowsOrMissing(columnOf(table, pipelineStage, column), at);
  });
  return { columns, columnStages: plan.columnStages };
}

export function stageOf(pipeline: Pipeline, name: string): PipelineStage {
  const stage = findStage(pipeline, name);
  if (stage) return stage;
  throw new SightlineInputError('slices.unknown-stage', `${pipeline.source} has no stage "${name}"`, { file: pipeline.source });
}

function tableOf(tables: ReadonlyMap<string, LogTable>, stage: PipelineStage): LogTable {
  const table = tables.get(stage.name);
  if (table) return table;
  throw new SightlineInputError('slices.unknown-stage', `stage "${stage.name}" was not loaded`);
}

function columnOf(table: LogTable, stage: PipelineStage, name: string): Column {
  const column = table.columns.find((c) => c.name === name);
  if (column) return column;
  throw new SightlineInputError('slices.unknown-column', `stage "${stage.name}" has no column "${name}"`, {
    column: name,
    hint: `Its columns: ${table.columns.map((c) => c.name).join(', ')}. Fix the names in sightline.json.`,
  });
}

export function missingClass(stage: PipelineStage): never {
  throw new SightlineInputError('slices.no-class', `the predictions of stage "${stage.name}" have no class column, so the error (class != label) is unknown`, {
    hint: 'Name the predicted class with "class" under "predictions" in sightline.json.',
  });
}

function numericValues(column: Column): Float64Array {
  return column.type === 'category' ? Float64Array.from(column.codes, (c) => (c < 0 ? NaN : Date.parse(column.dictionary[c]))) : column.values;
}

function pick<T>(values: T[], rows: Int32Array): T[] {
  return Array.from(rows, (r) => values[r]);
}

