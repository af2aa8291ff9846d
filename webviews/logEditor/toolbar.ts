import type { LogFileSummary } from '../../core/protocol';
import { formatCount } from '../../core/charts/format';
import type { PageMove } from './paging';
import { el } from './dom';

export interface ToolbarHandlers {
  move(move: PageMove): void;
  goToRow(text: string): boolean;
  copyCsv(): void;
}

export interface ToolbarView {
  element: HTMLElement;
  setSummary(summary: LogFileSummary): void;
  setPosition(offset: number, shownRows: number, rowCount: number, loading: boolean): void;
  flash(text: string): void;
}

/** File facts, First/Prev/Next/Last, "go to row" and "Copy page as CSV". */
export function createToolbar(handlers: ToolbarHandlers): ToolbarView {
  const element = el('div', 'toolbar');
  const title = el('span', 'title', 'Loading…');
  const meta = el('span', 'meta');
  const pageButton = (move: PageMove, label: string, hint: string): HTMLButtonElement => {
    const button = el('button', '', label);
    button.type = 'button';
    button.title = hint;
    button.dataset.move = move;
    button.disabled = true;
    button.addEventListener('click', () => handlers.move(move));
    return button;
  };
  const buttons: Record<PageMove, HTMLButtonElement> = {
    first: pageButton('first', 'First', 'First page (Ctrl+Home)'),
    prev: pageButton('prev', 'Prev', 'Previous page (PageUp)'),
    next: pageButton('next', 'Next', 'Next page (PageDown)'),
    last: pageButton('last', 'Last', 'Last page (Ctrl+End)'),
  };
  const pager = el('div', 'group');
  pager.setAttribute('role', 'group');
  pager.setAttribute('aria-label', 'pages');
  pager.append(buttons.first, buttons.prev, buttons.next, buttons.last);

  const goForm = el('form', 'group');
  const goInput = el('input');
  goInput.type = 'text';
  goInput.inputMode = 'numeric';
  goInput.placeholder = 'row';
  goInput.setAttribute('aria-label', 'go to row');
  const goButton = el('button', '', 'Go');
  goButton.type = 'submit';
  const goLabel = el('label', 'dim', 'Go to row');
  goLabel.addEventListener('click', () => goInput.focus());
  goForm.append(goLabel, goInput, goButton);
  goForm.addEventListener('submit', (event) => {
    event.preventDefault();
    goInput.setCustomValidity(handlers.goToRow(goInput.value) ? '' : 'Type a row number');
    goInput.reportValidity();
  });

  const range = el('span', 'range');
  range.setAttribute('aria-live', 'polite');
  const copy = el('button', 'primary', 'Copy page as CSV');
  copy.type = 'button';
  copy.disabled = true;
  copy.addEventListener('click', () => handlers.copyCsv());
  const status = el('span', 'dim');
  element.append(title, meta, el('span', 'spacer'), pager, goForm, range, copy, status);
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

  return {
    element,
    setSummary(summary) {
      title.textContent = baseName(summary.file);
      title.title = summary.file;
      const skipped = summary.skippedRows ? ` · ${formatCount(summary.skippedRows)} rows skipped` : '';
      meta.textContent = `${summary.format} · ${formatCount(summary.rowCount)} rows · ${summary.columns.length} columns${skipped}`;
    },
    setPosition(offset, shownRows, rowCount, loading) {
      const atStart = offset <= 0;
      const atEnd = offset + shownRows >= rowCount;
      buttons.first.disabled = atStart;
      buttons.prev.disabled = atStart;
      buttons.next.disabled = atEnd;
      buttons.last.disabled = atEnd;
      copy.disabled = loading || shownRows === 0;
      range.textContent = rowCount === 0
        ? 'no rows'
        : `${loading ? 'loading ' : ''}rows ${formatCount(offset + 1)}–${formatCount(offset + shownRows)} of ${formatCount(rowCount)}`;
    },
    flash(text) {
      status.textContent = text;
      clearTimeout(flashTimer);
      flashTimer = setTimeout(() => (status.textContent = ''), 2500);
    },
  };
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
