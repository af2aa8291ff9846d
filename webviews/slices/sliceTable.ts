import { SLICE_HEADERS, sliceCells } from '../../core/charts';
import type { SliceFinding } from '../../core/protocol';
import type { SliceRef } from '../../core/protocol/sliceExplorer';
import { el } from '../shared/elements';

/**
 * The ranked slices as a table; a row is a button-like row (Enter or click) that selects the
 * slice. Folded refinements are dimmed and say which slice they fold into.
 */
export function sliceTable(slices: readonly SliceFinding[], list: SliceRef['list'], onSelect: (ref: SliceRef) => void): HTMLElement {
  const head = el('tr', {}, ...SLICE_HEADERS.map(([text, num]) => el('th', { text, className: num ? 'num' : undefined })));
  const rows = slices.map((slice, index) => {
    const row = el('tr', { className: slice.foldedInto === undefined ? 'sl-slice-row' : 'sl-slice-row sl-folded' });
    row.dataset.slice = `${list}:${index}`;
    row.tabIndex = 0;
    row.title = `${slice.predicates.map((p) => `${p.feature} = ${p.value}`).join(' & ')}: click for the detail`;
    sliceCells(slice, list, index).forEach((text, i) => row.append(el('td', { text, className: SLICE_HEADERS[i][1] ? 'num' : i === 1 ? 'sl-predicates' : undefined })));
    const select = () => onSelect({ list, index });
    row.addEventListener('click', select);
    row.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        select();
      }
    });
    return row;
  });
  const table = el('table', { className: 'sl-slices' }, el('thead', {}, head), el('tbody', {}, ...rows));
  table.dataset.list = list;
  return el('div', { className: 'table-wrap' }, table);
}

/** Marks the selected row (and only it) in every slice table under `root`. */
export function markSelected(root: HTMLElement, ref: SliceRef | undefined): void {
  for (const row of root.querySelectorAll<HTMLTableRowElement>('tr.sl-slice-row')) {
    const selected = ref !== undefined && row.dataset.slice === `${ref.list}:${ref.index}`;
    row.classList.toggle('selected', selected);
    row.setAttribute('aria-selected', String(selected));
  }
}
