import { tableCsv } from '../../core/charts/csv';
import { RUN_HEADERS, VERSION_HEADERS, runRows, runsEmptyText, rankingIntro, versionRows } from '../../core/report/runCells';
import type { TraceResult } from '../../core/protocol';
import { copyText } from '../shared/clipboard';
import { button } from '../shared/dom';
import { el } from '../shared/elements';
import { cellTable } from './cellTable';

/** A trace's code versions and component runs ranked by flagged outputs downstream, onset ones marked, with Copy CSV; a note when there is no runs log. */
export function runsSection(result: TraceResult): HTMLElement[] {
  const title = el('h4', { text: 'Code versions and component runs, most flagged outputs downstream first' });
  const empty = runsEmptyText(result);
  if (empty) return [title, el('p', { className: 'meta sl-runs-none', text: empty })];
  const versions = versionRows(result);
  const runs = runRows(result);
  return [
    title,
    el('p', { className: 'meta', text: rankingIntro(result) }),
    ...copyableTable('sl-ranked-versions', VERSION_HEADERS, versions.map((v) => ({ cells: v.cells, options: { className: v.began.length ? 'sl-run-began' : undefined } }))),
    ...copyableTable('sl-ranked-runs', RUN_HEADERS, runs.map((r) => ({ cells: r.cells, options: { className: r.runBegan.length ? 'sl-run-began' : r.versionBegan.length ? 'sl-version-began' : undefined } }))),
  ];
}

export function copyableTable(className: string, headers: readonly (readonly [string, boolean])[], rows: { cells: string[]; options: { className?: string } }[]): HTMLElement[] {
  const status = el('span', { className: 'status' });
  status.setAttribute('role', 'status');
  const copy = button('Copy CSV', async () => {
    try {
      await copyText(tableCsv(headers.map(([h]) => h), rows.map((r) => r.cells)));
      status.textContent = 'Copied CSV';
    } catch (error) {
      status.textContent = `Could not copy: ${error instanceof Error ? error.message : String(error)}`;
    }
  });
  return [el('div', { className: 'sl-table-actions' }, copy, status), cellTable(className, headers, rows)];
}
