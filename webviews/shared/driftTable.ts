import { formatStatistic } from '../../core/charts/format';
import { DRIFT_HEADERS, driftCells, sortDriftColumns } from '../../core/report/driftCells';
import type { DriftColumn, DriftResult } from '../../core/protocol';
import { copyText } from './clipboard';
import { el } from './elements';

const HEADERS = DRIFT_HEADERS;

/**
 * One row per compared column, drifted ones first, with a button that copies the table as
 * tab-separated text (pastes into a spreadsheet as columns). Skipped columns follow in a list.
 */
export function driftTable(result: DriftResult): HTMLElement {
  const columns = sortDriftColumns(result.columns);
  const head = el('tr', {}, ...HEADERS.map(([text, num]) => el('th', { text, className: num ? 'num' : undefined })));
  const table = el('table', { className: 'sl-drift' }, el('thead', {}, head), el('tbody', {}, ...columns.map(columnRow)));
  const status = el('span', { className: 'status' });
  status.setAttribute('role', 'status');
  const copy = el('button', { text: 'Copy table' });
  copy.type = 'button';
  copy.addEventListener('click', () => {
    copyText(driftTsv(columns)).then(
      () => (status.textContent = 'Copied'),
      (error: unknown) => (status.textContent = `Could not copy: ${error instanceof Error ? error.message : String(error)}`),
    );
  });
  const toolbar = el('div', { className: 'sl-table-actions' }, copy, status);
  const wrap = el('div', { className: 'sl-drift-table' }, toolbar, el('div', { className: 'table-wrap' }, table));
  if (result.skipped.length) wrap.append(el('ul', { className: 'sl-skipped' }, ...result.skipped.map((s) => el('li', { text: `Skipped ${s.column}: ${s.reason}` }))));
  return wrap;
}

function columnRow(c: DriftColumn): HTMLTableRowElement {
  const cells = driftCells(c);
  const row = el('tr', { className: c.drifted ? 'sl-drifted' : undefined });
  cells.forEach((text, i) => {
    const cell = el('td', { text, className: HEADERS[i][1] ? 'num' : undefined });
    if (i === 2 && c.threshold !== undefined) cell.title = `threshold ${formatStatistic(c.threshold)}`;
    if (i === 6) cell.title = c.effectSizeName;
    if (i === 8 && c.note) cell.append(el('span', { className: 'sub', text: c.note }));
    row.append(cell);
  });
  return row;
}

function driftTsv(columns: readonly DriftColumn[]): string {
  const clean = (text: string) => text.replace(/[\t\r\n]+/g, ' ');
  return [HEADERS.map(([h]) => h), ...columns.map(driftCells)].map((row) => row.map(clean).join('\t')).join('\n') + '\n';
}
