import type { LabelSource } from '../../io/pipeline';
import type { LineageLabel, LineageRow, LineageStage, LineageValue } from '../../protocol';

/**
 * The record's label: its earliest row with a value by label time (row order without one), as
 * performance joins labels. Undefined when no row of the labels stage has a value.
 */
export function labelOf(source: LabelSource, stage: LineageStage | undefined, predictionTime: number | undefined): LineageLabel | undefined {
  if (!stage) return undefined;
  const labeled = stage.rows.filter((row) => value(row, source.column) !== null);
  if (!labeled.length) return undefined;
  const timeOf = (row: LineageRow) => labelTime(row, source.time);
  const first = labeled.reduce((best, row) => ((timeOf(row) ?? Infinity) < (timeOf(best) ?? Infinity) ? row : best));
  const label: LineageLabel = { stage: stage.stage, column: source.column, rows: stage.rows.length, value: value(first, source.column) };
  const time = timeOf(first);
  if (time !== undefined) label.time = time;
  if (time !== undefined && predictionTime !== undefined) label.lagMs = time - predictionTime;
  return label;
}

function value(row: LineageRow, column: string): LineageValue {
  return row.values[column] ?? null;
}

function labelTime(row: LineageRow, column: string | undefined): number | undefined {
  const cell = column === undefined ? null : row.values[column];
  const ms = typeof cell === 'string' ? Date.parse(cell) : typeof cell === 'number' ? cell : NaN;
  return Number.isNaN(ms) ? undefined : ms;
}
