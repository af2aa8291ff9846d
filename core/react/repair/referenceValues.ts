import type { LogTable } from '../../io/logTable';
import type { Pipeline } from '../../io/pipeline';
import { SightlineInputError } from '../../io/errors';
import { loadStage } from '../../io/loadStage';
import { rowsInRange } from '../../engine/sliceRows';
import { repairColumn, repairStage } from './stageColumnAt';

export interface ReferenceValues {
  /** The column's non-missing numeric values in the reference. */
  values: Float64Array;
  /** The reference's time range, when it is one. */
  range?: { start: number; end: number };
  source: string;
}

/** `stage.column` in the manifest's reference: its time range of the stage, or its reference files. */
export async function referenceValues(pipeline: Pipeline, tables: ReadonlyMap<string, LogTable>, stageName: string, columnName: string, signal?: AbortSignal): Promise<ReferenceValues> {
  const reference = pipeline.reference;
  const { stage, table } = repairStage(pipeline, tables, stageName);
  if (!reference) {
    throw new SightlineInputError('repair.no-reference', `${pipeline.source} names no reference, so there is no reference value to impute, clip to or drop to`, {
      file: pipeline.source,
      hint: 'Add "reference" (a time range or files) to sightline.json, or repair with "upstream".',
    });
  }
  if (reference.kind === 'files') {
    if (reference.stage !== stage.name) {
      throw new SightlineInputError('repair.reference-stage', `the reference files in ${pipeline.source} are for stage "${reference.stage}", not "${stage.name}"`, {
        file: pipeline.source,
        hint: `Repair a column of "${reference.stage}", or give the reference as a time range.`,
      });
    }
    const loaded = await loadStage({ ...stage, files: reference.files }, { signal });
    return { values: present(loaded, stage.name, columnName, undefined), source: `${stage.name} reference files` };
  }
  const time = stage.time ? table.columns.find((c) => c.name === stage.time) : undefined;
  if (!time || time.type === 'category') {
    throw new SightlineInputError('repair.no-time-column', `stage "${stage.name}" has no time column, so its reference window cannot be cut`, {
      file: pipeline.source,
      hint: `Name its event-time column with "time" in sightline.json.`,
    });
  }
  const rows = rowsInRange(time.values, reference.start, reference.end);
  return { values: present(table, stage.name, columnName, rows), range: { start: reference.start, end: reference.end }, source: `${stage.name} in the reference window` };
}

function present(table: LogTable, stage: string, name: string, rows: Int32Array | undefined): Float64Array {
  const column = repairColumn(stage, table, name);
  if (column.type === 'category') {
    throw new SightlineInputError('repair.not-numeric', `${stage}.${name} holds text; a model reads numbers, so a repair replaces numeric columns only`, { column: name });
  }
  const out: number[] = [];
  const n = rows ? rows.length : table.rowCount;
  for (let k = 0; k < n; k++) {
    const v = column.values[rows ? rows[k] : k];
    if (!Number.isNaN(v)) out.push(v);
  }
  if (!out.length) {
    throw new SightlineInputError('repair.empty-reference', `${stage}.${name} has no values in the reference`, { column: name, hint: 'Check the reference range in sightline.json.' });
  }
  return Float64Array.from(out);
}
