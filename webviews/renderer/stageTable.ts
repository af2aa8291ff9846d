import { formatCount, formatDuration, formatPercent, formatSpan } from '../../core/charts';
import type { InspectResult, StageSummary } from '../../core/protocol';

/** The stage table of an inspect result; data reaches the page only as text nodes. */
export function stageTable(inspect: InspectResult): HTMLElement {
  const table = document.createElement('table');
  table.className = 'stages';
  const head = table.createTHead().insertRow();
  for (const [label, numeric] of HEADINGS) cell(head, 'th', label, numeric);
  const body = table.createTBody();
  for (const stage of inspect.stages) stageRow(body.insertRow(), stage);
  return table;
}

const HEADINGS: [string, boolean][] = [
  ['Stage', false],
  ['Files', true],
  ['Rows', true],
  ['Columns', true],
  ['Time span (UTC)', false],
  ['Label coverage', true],
  ['Label lag p50 / p90', true],
];

function stageRow(row: HTMLTableRowElement, stage: StageSummary): void {
  const labels = stage.labels;
  const skipped = stage.files.reduce((sum, f) => sum + f.skippedRows, 0);
  cell(row, 'td', stage.name, false);
  cell(row, 'td', formatCount(stage.files.length), true).title = stage.files.map((f) => f.path).join('\n');
  cell(row, 'td', skipped ? `${formatCount(stage.rows)} (${formatCount(skipped)} skipped)` : formatCount(stage.rows), true);
  cell(row, 'td', formatCount(stage.columns.length), true).title = stage.columns.map((c) => `${c.name}: ${c.type}, ${formatPercent(c.nullRate)} null`).join('\n');
  cell(row, 'td', stage.timeSpan ? formatSpan(stage.timeSpan) : '–', false);
  cell(row, 'td', labels ? `${formatPercent(labels.coverage)} of ${formatCount(labels.total)}` : '–', true);
  cell(row, 'td', labels?.lagMs ? `${formatDuration(labels.lagMs.p50)} / ${formatDuration(labels.lagMs.p90)}` : '–', true);
}

function cell(row: HTMLTableRowElement, tag: 'th' | 'td', text: string, numeric: boolean): HTMLElement {
  const element = document.createElement(tag);
  element.textContent = text;
  if (numeric) element.className = 'num';
  row.append(element);
  return element;
}
