import type { DriftSource } from '../../../core/protocol';
import type { LogTable } from '../../../core/io/logTable';
import type { DriftInput, OpenTarget } from '../../../core/detect/drift';
import { openDriftInput } from '../../../core/detect/drift';

/** A pipeline stage as a drift side, optionally cut to an event-time range (end exclusive). */
export interface StageSide {
  target: string;
  stage: string;
  start?: number | Date;
  end?: number | Date;
}

/** What a cell may pass as one side of `sightline.drift`: a log file path, a table, or a stage. */
export type DriftSide = string | LogTable | StageSide;

/** Resolves a cell's drift side; `path` makes relative paths relative to the notebook. */
export async function driftInput(side: DriftSide, open: OpenTarget, path: (p: string) => string): Promise<DriftInput> {
  if (typeof side === 'string') return openDriftInput({ file: path(side) }, open);
  if (isTable(side)) return { table: side, source: 'data frame (in memory)' };
  if (typeof side?.target !== 'string' || typeof side.stage !== 'string') {
    throw new TypeError('a drift side is a log file path, a table from sightline.fromDataFrame / readLogFile, or { target, stage, start?, end? }');
  }
  const source: DriftSource = { target: path(side.target), stage: side.stage, start: epoch(side.start), end: epoch(side.end) };
  return openDriftInput(source, open);
}

function isTable(value: DriftSide): value is LogTable {
  return typeof value === 'object' && value !== null && Array.isArray((value as Partial<LogTable>).columns) && typeof (value as Partial<LogTable>).rowCount === 'number';
}

function epoch(value: number | Date | undefined): number | undefined {
  return value instanceof Date ? value.getTime() : value;
}
