import type { FigureSpec } from '../../core/charts';
import type { DistributionQuery, MonitorAlert, MonitorResult } from '../../core/protocol';
import { BUCKET_MS } from '../../core/protocol';

/** A heat-map cell: a stage's column ('*' for the stage's volume) in the window starting at `start`. */
export interface Cell {
  stage: string;
  column: string;
  start: number;
}


/** The cell an alert points at: its stage and column in its onset window. */
export function alertCell(alert: MonitorAlert): Cell {
  return { stage: alert.stage, column: alert.column, start: alert.onset };
}

/** What a heat-map click hands back (the figure's customdata entry), checked. */
export function parseCell(data: unknown): Cell | undefined {
  if (!Array.isArray(data) || data.length !== 3) return undefined;
  const [stage, column, start] = data as unknown[];
  return typeof stage === 'string' && typeof column === 'string' && typeof start === 'number' ? { stage, column, start } : undefined;
}

/** Label alerts are about when labels arrive, not about a column's values: the performance chart shows them. */
export function isLabelAlert(alert: MonitorAlert): boolean {
  return alert.kind === 'label-lag';
}

/** The distribution to fetch for a cell; none for volume rows, which have no column. */
export function distributionQuery(result: MonitorResult, cell: Cell): DistributionQuery | undefined {
  if (cell.column === '*') return undefined;
  return { stage: cell.stage, column: cell.column, start: cell.start, end: cell.start + BUCKET_MS[result.bucket] };
}

/** Row and column of a cell in the heat map, from the figure's customdata; undefined when it is not drawn. */
export function cellIndex(figure: FigureSpec, cell: Cell): { row: number; col: number } | undefined {
  const trace = figure.data.find((t) => t.type === 'heatmap');
  if (!trace || trace.type !== 'heatmap' || !trace.customdata) return undefined;
  for (let row = 0; row < trace.customdata.length; row++) {
    const col = trace.customdata[row].findIndex((d) => d[0] === cell.stage && d[1] === cell.column && d[2] === cell.start);
    if (col >= 0) return { row, col };
  }
  return undefined;
}

export function sameQuery(a: DistributionQuery | undefined, b: DistributionQuery): boolean {
  return !!a && a.stage === b.stage && a.column === b.column && a.start === b.start && a.end === b.end;
}

export function cellKey(cell: Cell): string {
  return `${cell.stage}|${cell.column}|${cell.start}`;
}
