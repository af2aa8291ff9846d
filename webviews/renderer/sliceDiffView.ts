import { DIFF_HEADERS, diffCells } from '../../core/report/sliceCells';
import type { DiffSlice, SliceDiffResult } from '../../core/protocol';
import { el } from '../shared/elements';
import { cellTable } from './cellTable';

/** A slice-diff result (the header holds the summary): the slices whose share of the data grew most, then those that shrank, with risk ratios. */
export function sliceDiffView(result: SliceDiffResult, root: HTMLElement): void {
  root.append(...section('Grown: share of the current data up most', result.grown, 'sl-grown'));
  root.append(...section('Shrunk: share down most', result.shrunk, 'sl-shrunk'));
}

function section(title: string, slices: DiffSlice[], className: string): HTMLElement[] {
  if (!slices.length) return [el('h4', { text: title }), el('p', { className: 'meta', text: 'None.' })];
  return [el('h4', { text: title }), cellTable(`sl-diff ${className}`, DIFF_HEADERS, slices.map((d) => ({ cells: diffCells(d) })))];
}
