import { tableCsv } from '../../core/charts/csv';
import { RUN_HEADERS, VERSION_HEADERS, runRows, runsEmptyText, versionRows } from '../../core/report/runCells';
import type { TraceResult } from '../../core/protocol';
import type { PanelApi } from '../panel/vscodeApi';
import { button } from '../shared/dom';
import { el } from '../shared/elements';

type Headers = readonly (readonly [string, boolean])[];

/**
 * The code versions, then the component runs, ranked by flagged outputs downstream of them, in
 * the result's order; a run or version that began at an incident's onset is marked and says
 * which incident. Copy CSV goes through the host, as the panels' charts do.
 */
export function runsTable(result: TraceResult, api: PanelApi): HTMLElement {
  const empty = runsEmptyText(result);
  if (empty) return el('p', { className: 'note sl-runs-none', text: empty });
  const runs = runRows(result);
  const versions = versionRows(result);
  return el(
    'div',
    { className: 'sl-ranked-runs-wrap' },
    el('h4', { text: 'Code versions' }),
    rankedTable('sl-ranked-versions', VERSION_HEADERS, versions.map((v) => ({ cells: v.cells, className: v.began.length ? 'sl-run-began' : undefined })), api),
    el('h4', { text: 'Runs' }),
    rankedTable(
      'sl-ranked-runs',
      RUN_HEADERS,
      runs.map((r) => ({ cells: r.cells, className: r.runBegan.length ? 'sl-run-began' : r.versionBegan.length ? 'sl-version-began' : undefined, run: r.run.runId })),
      api,
    ),
  );
}

function rankedTable(className: string, headers: Headers, rows: { cells: string[]; className?: string; run?: string }[], api: PanelApi): HTMLElement {
  const head = el('tr', {}, ...headers.map(([text, num]) => el('th', { text, className: num ? 'num' : undefined })));
  const body = el('tbody', {}, ...rows.map((row) => {
    const tr = el('tr', { className: row.className }, ...row.cells.map((text, i) => el('td', { text, className: headers[i][1] ? 'num' : undefined })));
    if (row.run) tr.dataset.run = row.run;
    return tr;
  }));
  const csv = () => tableCsv(headers.map(([h]) => h), rows.map((r) => r.cells));
  const toolbar = el('div', { className: 'sl-table-actions' }, button('Copy CSV', () => api.postMessage({ type: 'copy', format: 'csv', text: csv() })));
  return el('div', {}, toolbar, el('div', { className: 'table-wrap' }, el('table', { className }, el('thead', {}, head), body)));
}
