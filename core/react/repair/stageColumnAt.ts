import type { Column, LogTable } from '../../io/logTable';
import type { Pipeline, PipelineStage } from '../../io/pipeline';
import { SightlineInputError } from '../../io/errors';
import { findStage } from '../../io/pipeline';
import { KeyIndex, takeRowsOrMissing } from '../../diagnose/slices/keyedRows';

/** A stage's column brought to some prediction rows by record key. */
export interface KeyedColumn {
  column: Column;
  /** Per prediction row, the stage's first row with the same key, -1 where it has none. */
  joined: Int32Array;
}

/** The stage, checked to be in the manifest and loaded. */
export function repairStage(pipeline: Pipeline, tables: ReadonlyMap<string, LogTable>, name: string): { stage: PipelineStage; table: LogTable } {
  const stage = findStage(pipeline, name);
  const table = stage && tables.get(stage.name);
  if (stage && table) return { stage, table };
  throw new SightlineInputError('repair.unknown-stage', `${pipeline.source} has no ${stage ? 'loaded ' : ''}stage "${name}"`, {
    file: pipeline.source,
    hint: `Its stages: ${pipeline.stages.map((s) => s.name).join(', ')}.`,
  });
}

export function repairColumn(stage: string, table: LogTable, name: string): Column {
  const column = table.columns.find((c) => c.name === name);
  if (column) return column;
  throw new SightlineInputError('repair.unknown-column', `stage "${stage}" has no column "${name}"`, {
    column: name,
    hint: `Its columns: ${table.columns.map((c) => c.name).join(', ')}.`,
  });
}

/**
 * `stage.column` at the prediction stage's `rows`, joined by record key as slice search joins
 * stages (the first row of the key); the predictions stage itself is read row by row.
 */
export function stageColumnAt(pipeline: Pipeline, tables: ReadonlyMap<string, LogTable>, stageName: string, columnName: string, rows: Int32Array): KeyedColumn {
  const { stage, table } = repairStage(pipeline, tables, stageName);
  const column = repairColumn(stage.name, table, columnName);
  const predictions = repairStage(pipeline, tables, pipeline.predictions?.stage ?? stageName);
  if (stage === predictions.stage) return { column: takeRowsOrMissing(column, rows), joined: rows };
  const predictKey = predictions.stage.key;
  if (!predictKey || !stage.key) {
    throw new SightlineInputError('repair.no-key', `stage "${!stage.key ? stage.name : predictions.stage.name}" has no record key, so its rows cannot be matched to the predictions`, {
      file: pipeline.source,
      hint: 'Set "key" (the record id) on both stages in sightline.json.',
    });
  }
  const index = new KeyIndex(repairColumn(predictions.stage.name, predictions.table, predictKey), rows);
  const joined = index.rowsIn(repairColumn(stage.name, table, stage.key));
  return { column: takeRowsOrMissing(column, joined), joined };
}
