import { formatCount, formatPercent, METRIC_NAMES } from '../../core/charts';
import { whatIfCompareFigure } from '../../core/charts/whatIfCompare';
import { remediationName } from '../../core/charts/whatIfLabels';
import type { WhatIfRun } from '../../core/protocol';
import type { PanelApi } from '../panel/vscodeApi';
import { chartName, FigureChart } from '../dashboard/figureChart';
import { button } from '../shared/dom';
import { el } from '../shared/elements';
import { formatChange, formatValue, intervalText, levelText, scopeText, verdictText } from './whatIfText';

export interface CompareActions {
  show(id: number): void;
  export(id: number): void;
  copyJson(run: WhatIfRun): void;
}

const HEADERS: [string, boolean][] = [['Run', false], ['Remediation', false], ['Metric', false], ['Before', true], ['After', true], ['Change', true], ['Interval', true], ['Verdict', false], ['Labeled', true], ['', false]];

/** Every run of the panel, one row each, with the compare chart; the shown run is highlighted. */
export function compareSection(runs: readonly WhatIfRun[], shown: number | undefined, api: PanelApi, actions: CompareActions): { section: HTMLElement; chart: FigureChart | undefined } {
  const section = el('section', { className: 'card' }, el('h2', { text: 'Compared' }));
  section.id = 'compared';
  if (!runs.length) {
    section.append(el('p', { className: 'note', text: 'Every run is kept here to compare. Pick a remediation above and press Run.' }));
    return { section, chart: undefined };
  }
  section.append(el('p', { className: 'intro', text: `The primary metric of each run, before and after on the same out-of-sample records, with the ${levelText(runs[0].result.backtest.bootstrap.level)} of the change. Brier score, log loss and cost are better lower. Export… saves the parameters to ship.` }));
  const head = el('tr', {}, ...HEADERS.map(([text, num]) => el('th', { text, className: num ? 'num' : undefined })));
  const rows = runs.map((run) => runRow(run, run.id === shown, actions));
  section.append(el('div', { className: 'table-wrap' }, el('table', { className: 'wi-compare' }, el('thead', {}, head), el('tbody', {}, ...rows))));
  const figure = runs.length > 1 ? whatIfCompareFigure(runs.map((run) => ({ label: `#${run.id} ${METRIC_NAMES[run.result.primary]}`, result: run.result }))) : undefined;
  if (!figure) {
    section.append(el('p', { className: 'note', text: 'Run another remediation to compare them on a chart.' }));
    return { section, chart: undefined };
  }
  const chart = new FigureChart('whatif.compare', figure, chartName(runs[0].result.pipeline, 'whatif.compare'), api);
  section.append(chart.element('Change in the primary metric per run, with its interval'));
  return { section, chart };
}

function runRow(run: WhatIfRun, shown: boolean, actions: CompareActions): HTMLElement {
  const { result } = run;
  const m = result.primary;
  const d = result.difference[m];
  const verdict = verdictText(d);
  const texts: [string, boolean][] = [
    [`#${run.id}`, false],
    [`${remediationName(result.remediation)} · ${scopeText(run.scope, run.ask.kind !== 'fallback')}`, false],
    [METRIC_NAMES[m], false],
    [formatValue(result.before[m]?.value), true],
    [formatValue(result.after[m]?.value), true],
    [formatChange(d?.value), true],
    [intervalText(d, true, true), true],
    [verdict, false],
    [`${formatCount(result.coverage.labeled)} (${formatPercent(result.coverage.share)})`, true],
  ];
  const exportButton = button('Export…', () => actions.export(run.id));
  exportButton.disabled = result.export === null;
  exportButton.title = result.export ? result.export.rule : 'No window could be fitted: nothing to export.';
  const copy = button('Copy JSON', () => actions.copyJson(run));
  copy.disabled = result.export === null;
  const row = el(
    'tr',
    { className: `wi-run${shown ? ' selected' : ''}` },
    ...texts.map(([text, num], i) => el('td', { text, className: [num ? 'num' : '', i === 7 ? `wi-verdict-cell wi-${verdict.replace(/ /g, '-')}` : ''].join(' ').trim() || undefined })),
    el('td', { className: 'wi-row-actions' }, el('span', { className: 'actions' }, exportButton, copy)),
  );
  row.dataset.run = String(run.id);
  row.tabIndex = 0;
  row.addEventListener('click', (event) => {
    if (!(event.target instanceof HTMLButtonElement)) actions.show(run.id);
  });
  row.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') actions.show(run.id);
  });
  return row;
}
