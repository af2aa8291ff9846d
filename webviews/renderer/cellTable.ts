import { el } from '../shared/elements';

export type Headers = readonly (readonly [string, boolean])[];

export interface RowOptions {
  className?: string;
  /** Makes the row a button (click, Enter or Space); `label` says what it does. */
  onOpen?: () => void;
  label?: string;
}

/** A table of text cells, numbers right-aligned; rows with `onOpen` are keyboard-reachable buttons. */
export function cellTable(className: string, headers: Headers, rows: { cells: string[]; options?: RowOptions }[]): HTMLElement {
  const head = el('tr', {}, ...headers.map(([text, num]) => el('th', { text, className: num ? 'num' : undefined })));
  const body = el('tbody', {}, ...rows.map(({ cells, options }) => tableRow(headers, cells, options ?? {})));
  return el('div', { className: 'table-wrap' }, el('table', { className }, el('thead', {}, head), body));
}

function tableRow(headers: Headers, cells: string[], options: RowOptions): HTMLTableRowElement {
  const row = el('tr', { className: options.className }, ...cells.map((text, i) => el('td', { text, className: headers[i]?.[1] ? 'num' : undefined })));
  const open = options.onOpen;
  if (!open) return row;
  row.classList.add('sl-drill');
  row.tabIndex = 0;
  row.setAttribute('role', 'button');
  if (options.label) row.title = options.label;
  row.addEventListener('click', open);
  row.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    open();
  });
  return row;
}
