import { buildChart, chartTitle, isChartKey, METRIC_NAMES } from '../../core/charts';
import { remediationName } from '../../core/charts/whatIfLabels';
import type { WhatIfMetric, WhatIfResult, WhatIfRun } from '../../core/protocol';
import type { PanelApi } from '../panel/vscodeApi';
import { chartName, FigureChart } from '../dashboard/figureChart';
import { el } from '../shared/elements';
import { SCHEDULE_HEADERS, scheduleRows } from '../../core/report/reactionCells';
import { backtestSection } from './backtestTable';
import { coverageText, formatChange, formatValue, headline, intervalText, levelText, scopeText, verdictSentence, verdictText } from './whatIfText';

/** The shown run: verdict headline, coverage, over time, per slice (with "break down by"), assumptions, backtest. */
export class ResultView {
  readonly root = el('div', { className: 'wi-result' });
  readonly charts: FigureChart[] = [];

  constructor(run: WhatIfRun, api: PanelApi, breakDown: (column: string) => void) {
    const { result } = run;
    this.root.dataset.run = String(run.id);
    this.root.append(
      verdictCard(run),
      // A schedule replay moves each day's accuracy, not single records: it has no per-record breakdowns to show.
      ...(result.schedule
        ? [this.chartCard('whatif.schedule', result, api, 'Retraining schedule', []), scheduleCard(result)]
        : [
            this.chartCard('whatif.overTime', result, api, 'Over time', []),
            this.chartCard('whatif.bySlice', result, api, 'Per slice', [breakDownSelect(result, run.scope.groupBy?.[0], breakDown)]),
          ]),
      metricsCard(result),
      assumptionsCard(result),
      backtestSection(result, api),
    );
  }

  private chartCard(key: string, result: WhatIfResult, api: PanelApi, title: string, controls: HTMLElement[]): HTMLElement {
    const section = el('section', { className: 'card' }, el('h2', { text: title }), ...controls);
    section.id = key.replace('.', '-');
    const figure = isChartKey(key) ? buildChart(key, result) : undefined;
    if (!figure || !isChartKey(key)) {
      section.append(el('p', { className: 'note', text: key === 'whatif.bySlice' ? 'No slice breakdown: pick a column to break down by.' : 'Nothing to draw for this run.' }));
      return section;
    }
    const chart = new FigureChart(key, figure, chartName(`${result.pipeline} ${remediationName(result.remediation)}`, key), api);
    this.charts.push(chart);
    section.append(chart.element(chartTitle(key)));
    return section;
  }
}

function verdictCard(run: WhatIfRun): HTMLElement {
  const { result } = run;
  const verdict = verdictText(result.difference[result.primary]);
  const card = el(
    'section',
    { className: 'card wi-verdict' },
    el('p', { className: 'wi-remediation', text: `#${run.id} ${remediationName(result.remediation)} · ${scopeText(run.scope, run.ask.kind !== 'fallback')} · ${result.backtest.bootstrap.replicates} bootstrap replicates` }),
    el('div', { className: 'wi-headline' }, el('span', { className: `wi-badge wi-${verdict.replace(/ /g, '-')}`, text: verdict }), el('h2', { text: headline(result) })),
    el('p', { className: 'intro', text: verdictSentence(result) }),
    el('ul', { className: 'facts' }, ...coverageText(result).split('; ').map((text) => el('li', { text }))),
  );
  card.dataset.verdict = verdict;
  if (result.backtest.bootstrap.replicates < 1000) card.append(el('p', { className: 'hint', text: 'A quick run: ask for 1000 bootstrap replicates above for steadier interval ends.' }));
  return card;
}

function breakDownSelect(result: WhatIfResult, current: string | undefined, breakDown: (column: string) => void): HTMLElement {
  const shown = current ?? result.bySlice[0]?.column;
  const select = el('select', {}, ...result.sliceColumns.map((c) => Object.assign(el('option', { text: c }), { value: c, selected: c === shown })));
  select.name = 'groupBy';
  select.disabled = !result.sliceColumns.length;
  select.addEventListener('change', () => breakDown(select.value));
  return el('label', { className: 'wi-field wi-breakdown' }, el('span', { text: 'break down by (runs again)' }), select);
}

function metricsCard(result: WhatIfResult): HTMLElement {
  const metrics = (Object.keys(result.difference) as WhatIfMetric[]).filter((m) => result.difference[m]);
  const head = el('tr', {}, ...['Metric', 'Before', 'After', 'Change', levelText(result.backtest.bootstrap.level), 'Verdict'].map((text, i) => el('th', { text, className: i && i < 5 ? 'num' : undefined })));
  const rows = metrics.map((m) => {
    const d = result.difference[m];
    return el(
      'tr',
      { className: m === result.primary ? 'wi-primary' : undefined },
      el('td', { text: `${METRIC_NAMES[m]}${m === result.primary ? ' (primary)' : ''}${d?.higherIsBetter === false ? ' ↓' : ''}` }),
      ...[formatValue(result.before[m]?.value), formatValue(result.after[m]?.value), formatChange(d?.value)].map((text) => el('td', { text, className: 'num' })),
      el('td', { text: intervalText(d, true, true), className: 'num' }),
      el('td', { text: verdictText(d) }),
    );
  });
  const section = el('section', { className: 'card' }, el('h2', { text: 'Every metric' }), el('p', { className: 'intro', text: '↓ marks metrics where lower is better; the verdict reads the interval, not the rounded value.' }));
  section.append(el('div', { className: 'table-wrap' }, el('table', {}, el('thead', {}, head), el('tbody', {}, ...rows))));
  return section;
}

function scheduleCard(result: WhatIfResult): HTMLElement {
  const head = el('tr', {}, ...SCHEDULE_HEADERS.map(([text, numeric]) => el('th', { text, className: numeric ? 'num' : undefined })));
  const rows = scheduleRows(result).map((cells) => el('tr', {}, ...cells.map((text, i) => el('td', { text, className: SCHEDULE_HEADERS[i][1] ? 'num' : undefined }))));
  const section = el('section', { className: 'card' }, el('h2', { text: 'Policies replayed' }));
  section.id = 'schedule';
  section.append(
    el('p', { className: 'intro', text: `Every policy over the logged history, label lag ${result.schedule?.labelLagDays ?? 0} days; the verdict above is the chosen one's.` }),
    el('div', { className: 'table-wrap' }, el('table', { className: 'wi-schedule' }, el('thead', {}, head), el('tbody', {}, ...rows))),
  );
  return section;
}

function assumptionsCard(result: WhatIfResult): HTMLElement {
  const section = el('section', { className: 'card' }, el('h2', { text: 'Assumptions' }));
  section.id = 'assumptions';
  section.append(result.assumptions.length ? el('ul', { className: 'wi-assumptions' }, ...result.assumptions.map((text) => el('li', { text }))) : el('p', { className: 'note', text: 'None stated.' }));
  return section;
}
