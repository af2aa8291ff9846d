import type { Column, LogTable } from '../../io/logTable';
import type { Pipeline } from '../../io/pipeline';
import { SightlineInputError } from '../../io/errors';
import { findStage } from '../../io/pipeline';
import { outcome } from '../../detect/performance/tableRows';
import { pipelineSliceTable } from '../../diagnose/slices/pipelineSliceTable';

/** Per prediction record, what a what-if needs: parallel arrays in the predictions stage's order. */
export interface WhatIfRecords {
  source: string;
  /** Event time, epoch ms (NaN when missing). */
  times: Float64Array;
  scores: Float64Array;
  /** The logged 0/1 decision (NaN when not logged). */
  decisions: Float64Array;
  /** The earliest label per record key, NaN when it has not arrived. */
  labels: Float64Array;
  /** Model version per record, null when not logged (or no version column). */
  versions: (string | null)[];
  /** The previous version's score logged in shadow, NaN where it did not score; null with no shadow column. */
  shadowScores: Float64Array | null;
  /** Columns of the upstream stages (and the model version), joined by record key, for slices. */
  slices: LogTable;
  /** The stage each slice column came from. */
  columnStages: Record<string, string>;
  scoreColumn: string;
  shadowColumn: string | null;
}

/** Assemble the what-if inputs of an opened pipeline, optionally cut to event times in [start, end). */
export function whatIfRecords(pipeline: Pipeline, tables: ReadonlyMap<string, LogTable>, range: { start?: number; end?: number } = {}): WhatIfRecords {
  const base = pipelineSliceTable(pipeline, tables, range);
  const predictions = pipeline.predictions as NonNullable<Pipeline['predictions']>;
  const table = tables.get(predictions.stage) as LogTable;
  const scoreName = predictions.score ?? missing(pipeline, 'score', 'the score column');
  const pick = (values: Float64Array) => Float64Array.from(base.rows, (r) => values[r]);
  const times = base.time?.values ?? missingTime(pipeline, predictions.stage);
  const versionColumn = predictions.modelVersion ? base.table.columns.find((c) => c.name === predictions.modelVersion) : undefined;
  return {
    source: pipeline.source,
    times,
    scores: pick(numeric(columnNamed(table, scoreName, predictions.stage))),
    decisions: predictions.class ? pick(outcome(columnNamed(table, predictions.class, predictions.stage), undefined)) : new Float64Array(base.rows.length).fill(NaN),
    labels: base.labels,
    versions: versionColumn ? textValues(versionColumn) : new Array<string | null>(base.rows.length).fill(null),
    shadowScores: predictions.shadowScore ? pick(numeric(columnNamed(table, predictions.shadowScore, predictions.stage))) : null,
    slices: { rowCount: base.table.rowCount, columns: base.table.columns.filter((c) => c.name !== base.errorColumn), reports: [] },
    columnStages: base.columnStages,
    scoreColumn: scoreName,
    shadowColumn: predictions.shadowScore ?? null,
  };
}

function columnNamed(table: LogTable, name: string, stage: string): Column {
  const column = table.columns.find((c) => c.name === name);
  if (column) return column;
  throw new SightlineInputError('whatif.unknown-column', `stage "${stage}" has no column "${name}"`, {
    column: name,
    hint: `Its columns: ${table.columns.map((c) => c.name).join(', ')}. Fix the names under "predictions" in sightline.json.`,
  });
}

function numeric(column: Column): Float64Array {
  if (column.type !== 'category') return column.values;
  return Float64Array.from(column.codes, (c) => (c < 0 ? NaN : Number(column.dictionary[c])));
}

/** The text of each value: the version labels as written in the logs. */
export function textValues(column: Column): (string | null)[] {
  if (column.type === 'category') return Array.from(column.codes, (c) => (c < 0 ? null : column.dictionary[c]));
  return Array.from(column.values, (v) => (Number.isNaN(v) ? null : String(v)));
}

function missing(pipeline: Pipeline, role: string, what: string): never {
  throw new SightlineInputError('whatif.no-score', `${pipeline.source} does not name ${what} of the predictions, so there is nothing to re-decide`, {
    file: pipeline.source,
    hint: `Add "${role}" under "predictions" in sightline.json.`,
  });
}

function missingTime(pipeline: Pipeline, stage: string): never {
  const known = findStage(pipeline, stage);
  throw new SightlineInputError('whatif.no-time-column', `stage "${known?.name ?? stage}" has no event-time column, so what-ifs cannot be backtested over time`, {
    file: pipeline.source,
    hint: 'Name its event-time column with "time" in sightline.json.',
  });
}
