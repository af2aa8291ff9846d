import { SLICE_HEADERS, predicatesText, sliceCells, slicesMethod } from '../../core/report/sliceCells';
import type { SliceFinding, SlicesResult } from '../../core/protocol';
import { el } from '../shared/elements';
import { cellTable } from './cellTable';
import { drillHint, notesList, type AddFigure, type Drill } from './diagnosisParts';
import { slicesErrorsFigure } from '../../core/charts';

/**
 * A slices result: the summary, the ranked slices (significant ones marked, folded refinements
 * dimmed and named), the small significant slices, and the error of each with its interval.
 * A click on a slice inserts a cell that searches again within that slice's features.
 */
export async function slicesView(result: SlicesResult, root: HTMLElement, addFigure: AddFigure, drill: Drill): Promise<void> {
  // The header names the rows and the overall error; this line says how the slices were scored.
  root.append(el('p', { className: 'meta', text: slicesMethod(result) }));
  const shown = result.slices.length;
  root.append(el('h4', { text: shown < result.options.k ? `Top slices by score (${shown} of the ${result.options.k} asked for score above 0)` : `Top ${shown} slices by score` }));
  root.append(
    result.slices.length
      ? sliceTable(result, result.slices, drill, 0)
      : el('p', { text: 'No slice scores above 0: no group is worse enough than the rest for its size.' }),
  );
  if (result.significantSmall.length) {
    root.append(el('h4', { text: `Small but significantly worse (at least ${result.options.smallFloor} rows), outside the top ${result.options.k}` }));
    root.append(sliceTable(result, result.significantSmall, drill, result.slices.length));
  }
  root.append(...drillHint(drill, 'Select a slice to insert a cell that searches every slice of its features.'));
  await addFigure('slices.errors', 'Error per slice with its 95% interval', () => slicesErrorsFigure(result));
  root.append(...notesList([...result.features.map((f) => `${f.name}: ${f.binning}`), ...result.excluded.map((e) => `not used: ${e.column} (${e.reason})`), ...result.notes]));
}

function sliceTable(result: SlicesResult, slices: SliceFinding[], drill: Drill, offset: number): HTMLElement {
  return cellTable(
    'sl-slices',
    SLICE_HEADERS,
    slices.map((s, i) => ({
      cells: sliceCells(s, i + 1),
      options: {
        className: [s.adjustedPValue < 0.05 ? 'sl-significant' : '', s.foldedInto !== undefined ? 'sl-folded' : ''].filter(Boolean).join(' ') || undefined,
        label: `Insert a cell with the slices of ${predicatesText(s.predicates)}`,
        onOpen: drill && (() => drill({ kind: 'slice', source: result.source, rank: offset + i + 1, predicates: s.predicates, size: s.size, error: s.error, errorSpec: result.options.errorSpec })),
      },
    })),
  );
}
