import { formatBytes, formatCount, formatDuration, formatPercent, formatSpan } from '../../core/charts';
import type { InspectResult, StageSummary } from '../../core/protocol';
import { el } from './elements';

const HEADERS: [string, boolean][] = [
  ['Stage', false],
  ['Files', true],
  ['Rows', true],
  ['Columns', true],
  ['Time span (UTC)', false],
  ['Label coverage', true],
  ['Label lag p50 / p90', true],
];

/** The stages in pipeline order: the same facts as the HTML report's table. */
export function stageTable(inspect: InspectResult): HTMLElement {
  const head = el('tr', {}, ...HEADERS.map(([text, num]) => el('th', { text, className: num ? 'num' : undefined })));
  const table = el('table', { className: 'stages' }, el('thead', {}, head), el('tbody', {}, ...inspect.stages.map(stageRow)));
  const wrap = el('div', { className: 'table-wrap' }, table);
  if (!inspect.guesses.length) return wrap;
  return el('div', {}, wrap, el('ul', { className: 'guesses' }, ...inspect.guesses.map((g) => el('li', { text: `Guessed: ${g}` }))));
}

function stageRow(stage: StageSummary): HTMLTableRowElement {
  const bytes = stage.files.reduce((sum, f) => sum + f.bytes, 0);
  const skipped = stage.files.reduce((sum, f) => sum + f.skippedRows, 0);
  const labels = stage.labels;
  const sub = (text: string) => el('span', { className: 'sub', text });
  const num = (...children: (Node | string)[]) => el('td', { className: 'num' }, ...children);
  return el(
    'tr',
    {},
    el('td', {}, el('strong', { text: stage.name }), ...(stage.timeColumn ? [sub(`time: ${stage.timeColumn}`)] : [])),
    el('td', { className: 'num', title: stage.files.map((f) => f.path).join('\n') }, formatCount(stage.files.length), sub(formatBytes(bytes))),
    num(formatCount(stage.rows), ...(skipped ? [sub(`${formatCount(skipped)} skipped`)] : [])),
    num(formatCount(stage.columns.length)),
    el('td', { text: stage.timeSpan ? formatSpan(stage.timeSpan) : '–' }),
    labels ? num(formatPercent(labels.coverage), sub(`${formatCount(labels.labeled)} of ${formatCount(labels.total)}`)) : num('–'),
    num(labels?.lagMs ? `${formatDuration(labels.lagMs.p50)} / ${formatDuration(labels.lagMs.p90)}` : '–'),
  );
}
