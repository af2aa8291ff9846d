import { DIFF_HEADERS, diffCells, predicatesText } from '../../core/report/sliceCells';
import type { DiffSlice, DrillDown, SliceDiffResult } from '../../core/protocol';
import { el } from '../shared/elements';
import { cellTable } from './cellTable';
import { drillHint, type Drill } from './diagnosisParts';

type Direction = 'grown' | 'shrunk';

/**
 * A slice-diff result (the header holds the summary): the slices whose share of the data grew
 * most, then those that shrank, with risk ratios. For a diff of a pipeline stage, a click on a
 * slice inserts a cell that diffs the same stage and ranges again on that slice's features.
 */
export function sliceDiffView(result: SliceDiffResult, root: HTMLElement, drill: Drill): void {
  const open = result.stageDiff ? drill : undefined;
  root.append(...section(result, 'Grown: share of the current data up most', 'grown', open));
  root.append(...section(result, 'Shrunk: share down most', 'shrunk', open));
  root.append(...drillHint(open && result.grown.length + result.shrunk.length ? open : undefined, 'Select a slice to insert a cell that diffs every slice of its features, same stage and ranges.'));
}

function section(result: SliceDiffResult, title: string, direction: Direction, drill: Drill): HTMLElement[] {
  const slices = result[direction];
  if (!slices.length) return [el('h4', { text: title }), el('p', { className: 'meta', text: 'None.' })];
  const rows = slices.map((d, i) => ({
    cells: diffCells(d),
    options: { label: `Insert a cell diffing the slices of ${predicatesText(d.predicates)}`, onOpen: drill && (() => drill(diffDrill(result, d, direction, i + 1))) },
  }));
  return [el('h4', { text: title }), cellTable(`sl-diff sl-${direction}`, DIFF_HEADERS, rows)];
}

function diffDrill(result: SliceDiffResult, slice: DiffSlice, direction: Direction, rank: number): DrillDown {
  const stage = result.stageDiff!;
  return { kind: 'sliceDiff', source: stage.manifest, stage: stage.stage, reference: stage.reference, current: stage.current, direction, rank, predicates: slice.predicates, riskRatio: slice.riskRatio };
}
