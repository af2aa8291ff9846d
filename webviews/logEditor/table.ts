import type { LogFileSummary, LogPage, LogPageColumn } from '../../core/protocol';
import { formatCell } from './cells';
import { histogramView, nullText, rangeText } from './columnSummary';
import { histogramSvg } from './histogramSvg';
import { el } from './dom';

// Long text is cut by CSS; the tooltip keeps the whole value readable without widening the column.
const TOOLTIP_LENGTH = 40;

export interface TableView {
  element: HTMLElement;
  setSummary(summary: LogFileSummary): void;
  renderPage(page: LogPage, targetRow?: number): void;
  setLoading(loading: boolean): void;
}

/** The scrolling table: a sticky header with each column's summary, then the rows of one page. */
export function createTable(): TableView {
  const scroller = el('div', 'scroller');
  scroller.tabIndex = 0;
  const table = el('table');
  const thead = el('thead');
  const tbody = el('tbody');
  table.append(thead, tbody);
  scroller.append(table);
  let summary: LogFileSummary | undefined;

  return {
    element: scroller,
    setSummary(next) {
      summary = next;
      thead.replaceChildren(headerRow(next));
      tbody.replaceChildren();
    },
    renderPage(page, targetRow) {
      const columns = summary ? orderedColumns(summary, page) : page.columns;
      const rows = document.createDocumentFragment();
      for (let row = 0; row < page.rowCount; row++) rows.append(bodyRow(columns, page.offset, row, targetRow));
      if (page.rowCount === 0) {
        const tr = el('tr');
        const td = el('td', 'empty', page.offset === 0 ? 'This file has no rows.' : 'No rows here.');
        td.colSpan = columns.length + 1;
        tr.append(td);
        rows.append(tr);
      }
      tbody.replaceChildren(rows);
      scroller.classList.remove('loading');
      const target = tbody.querySelector('tr.target');
      if (target) target.scrollIntoView({ block: 'center' });
      else scroller.scrollTop = 0;
    },
    setLoading(loading) {
      scroller.classList.toggle('loading', loading);
    },
  };
}

function headerRow(summary: LogFileSummary): HTMLTableRowElement {
  const tr = el('tr');
  const corner = el('th', 'rownum', '#');
  corner.title = 'row number (1-based)';
  tr.append(corner);
  for (const column of summary.columns) {
    const th = el('th', column.type === 'number' ? 'num' : '');
    th.dataset.column = column.name;
    const info = el('div', 'info');
    info.append(el('span', 'type', column.type), el('span', column.nullRate > 0 ? '' : 'dim', nullText(column.nullRate)));
    th.append(el('div', 'name', column.name), info);
    const view = histogramView(column);
    if (view) th.append(histogramSvg(view));
    th.append(el('div', 'range', rangeText(column)));
    tr.append(th);
  }
  return tr;
}

function bodyRow(columns: LogPageColumn[], offset: number, row: number, targetRow?: number): HTMLTableRowElement {
  const tr = el('tr');
  if (offset + row === targetRow) tr.className = 'target';
  tr.append(el('td', 'rownum', String(offset + row + 1)));
  for (const column of columns) {
    const cell = formatCell(column, row);
    // A missing number sits where the numbers are, so a numeric column reads as one edge.
    const td = el('td', cell.kind === 'null' && column.type === 'number' ? 'null number' : cell.kind, cell.text);
    if (cell.text.length > TOOLTIP_LENGTH) td.title = cell.text;
    tr.append(td);
  }
  return tr;
}

/** Page columns in the header's order (they come from the same table; by name in case they differ). */
function orderedColumns(summary: LogFileSummary, page: LogPage): LogPageColumn[] {
  const byName = new Map(page.columns.map((c) => [c.name, c]));
  const ordered = summary.columns.map((c) => byName.get(c.name)).filter((c): c is LogPageColumn => c !== undefined);
  return ordered.length === page.columns.length ? ordered : page.columns;
}
