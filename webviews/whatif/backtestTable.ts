import { formatCount, formatWindowSpan, tableCsv } from '../../core/charts';
import type { BacktestRow, WhatIfParameters, WhatIfResult } from '../../core/protocol';
import type { PanelApi } from '../panel/vscodeApi';
import { button } from '../shared/dom';
import { el } from '../shared/elements';
import { formatChange, formatValue } from './whatIfText';

const HEADERS = ['Fitted on', 'Scored on', 'Records', 'Labeled', 'Before', 'After', 'Change', 'Decisions changed', 'Parameters'];
const NUMERIC = new Set([2, 3, 4, 5, 6, 7]);

/** One row per backtest step (fit on earlier windows, score on the next), with Copy CSV. */
export function backtestSection(result: WhatIfResult, api: PanelApi): HTMLElement {
  const section = el('section', { className: 'card' }, el('h2', { text: 'Backtest' }));
  section.id = 'backtest';
  const { backtest } = result;
  section.append(el('p', { className: 'intro', text: `${backtest.rows.length} steps. Each step fits on ${backtest.fitWindows} labeled window${backtest.fitWindows === 1 ? '' : 's'} and scores the next; ${result.primary} before and after per step. ${backtest.skipped.length ? `${backtest.skipped.length} windows skipped (${[...new Set(backtest.skipped.map((s) => s.reason))].join(', ')}).` : ''}` }));
  if (!backtest.rows.length) {
    section.append(el('p', { className: 'note', text: 'No window could be backtested.' }));
    return section;
  }
  const rows = backtest.rows.map((row) => cells(row, result));
  const head = el('tr', {}, ...HEADERS.map((text, i) => el('th', { text, className: NUMERIC.has(i) ? 'num' : undefined })));
  const body = rows.map((r) => el('tr', {}, ...r.map((text, i) => el('td', { text, className: NUMERIC.has(i) ? 'num' : i === 8 ? 'wi-params' : undefined }))));
  section.append(
    el('div', { className: 'chart-toolbar' }, button('Copy CSV', () => api.postMessage({ type: 'copy', format: 'csv', text: tableCsv(HEADERS, rows) }))),
    el('div', { className: 'table-wrap wi-scroll' }, el('table', { className: 'wi-backtest' }, el('thead', {}, head), el('tbody', {}, ...body))),
  );
  return section;
}

function cells(row: BacktestRow, result: WhatIfResult): string[] {
  const before = row.before[result.primary];
  const after = row.after[result.primary];
  const change = before !== null && before !== undefined && after !== null && after !== undefined ? after - before : null;
  return [
    formatWindowSpan(row.fit),
    formatWindowSpan(row.score),
    formatCount(row.score.records),
    formatCount(row.score.labeled),
    formatValue(before),
    formatValue(after),
    formatChange(change),
    formatCount(row.changed.decisions),
    parametersText(row.parameters),
  ];
}

/** Parameters in a line: the numbers a person checks, not the whole object. */
export function parametersText(p: WhatIfParameters): string {
  switch (p.kind) {
    case 'threshold': {
      const per = Object.keys(p.perSlice).length;
      return `threshold ${p.global === null ? 'none met the objective' : formatValue(p.global)}${per ? `, ${per} per-slice` : ''}`;
    }
    case 'platt':
      return `a ${formatValue(p.a)}, b ${formatValue(p.b)}`;
    case 'isotonic':
      return `${p.x.length} steps`;
    case 'prior':
      return `prior ${formatValue(p.trainingPrior)} → ${formatValue(p.newPrior)}`;
    case 'fallback':
      return `${p.action}, ${formatCount(p.recordsRouted)} routed`;
    case 'rollback':
      return `version ${p.version}, threshold ${formatValue(p.threshold)}`;
    case 'repair':
      return `${p.with}${p.replacement.upstreamStage ? ` from ${p.replacement.upstreamStage}` : p.replacement.value !== undefined ? ` = ${p.replacement.value}` : p.replacement.range ? ` to [${p.replacement.range.join(', ')}]` : ''}`;
    case 'schedule':
      return `${p.retrains.length} retrains`;
  }
}
