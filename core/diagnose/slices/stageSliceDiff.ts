import type { LogTable } from '../../io/logTable';
import type { Pipeline, PipelineStage } from '../../io/pipeline';
import type { SliceDiffResult, TimeRangeMs } from '../../protocol';
import type { DiffOptions } from './diffSlices';
import { SightlineInputError } from '../../io/errors';
import { findStage } from '../../io/pipeline';
import { rowsInRange, sliceTable } from '../../engine/sliceRows';
import { rangeLabel } from '../../detect/drift/rangeLabel';
import { diffSlices } from './diffSlices';

/**
 * "What moved" in one stage: its rows in the reference and current event-time ranges as two
 * tables (key and time columns left out), then the slices whose share changed most.
 */
export function stageSliceDiff(pipeline: Pipeline, tables: ReadonlyMap<string, LogTable>, stageName: string, reference: TimeRangeMs, current: TimeRangeMs, options: Omit<DiffOptions, 'referenceSource' | 'currentSource'> = {}): SliceDiffResult {
  const stage = findStage(pipeline, stageName);
  const table = stage && tables.get(stage.name);
  if (!stage || !table) {
    const names = pipeline.stages.map((s) => s.name).join(', ');
    throw new SightlineInputError('slices.unknown-stage', `${pipeline.source} has no stage "${stageName}" (stages: ${names})`, { file: pipeline.source, hint: `Pick one of: ${names}.` });
  }
  const time = timeValues(stage, table);
  const side = (range: TimeRangeMs) => withoutRoles(sliceTable(table, rowsInRange(time, range.start, range.end)), stage);
  const before = side(reference);
  const after = side(current);
  for (const [range, rows] of [[reference, before.rowCount], [current, after.rowCount]] as const) {
    if (rows === 0) throw new SightlineInputError('slices.empty-range', `stage "${stage.name}" has no rows in ${rangeLabel(range.start, range.end)}`, { hint: 'Pick a range inside the stage\'s time span; the end is exclusive.' });
  }
  const result = diffSlices(before, after, {
    ...options,
    referenceSource: `${stage.name} ${rangeLabel(reference.start, reference.end)}`,
    currentSource: `${stage.name} ${rangeLabel(current.start, current.end)}`,
  });
  return { ...result, stageDiff: { manifest: pipeline.source, stage: stage.name, reference, current } };
}

function timeValues(stage: PipelineStage, table: LogTable): Float64Array {
  const column = stage.time ? table.columns.find((c) => c.name === stage.time) : undefined;
  if (column && column.type !== 'category') return column.values;
  throw new SightlineInputError('slices.no-time-column', `stage "${stage.name}" has no time column, so it cannot be cut to time ranges`, {
    hint: 'Name its event-time column with "time" on the stage in sightline.json.',
  });
}

function withoutRoles(table: LogTable, stage: PipelineStage): LogTable {
  return { ...table, columns: table.columns.filter((c) => c.name !== stage.key && c.name !== stage.time) };
}
