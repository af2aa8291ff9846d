import { buildChart, chartTitle, formatCount } from '../../core/charts';
import type { DriftResult } from '../../core/protocol';
import { driftTable } from '../shared/driftTable';
import { el } from '../shared/elements';
import type { PanelApi } from '../panel/vscodeApi';
import { chartName, FigureChart } from './figureChart';
import { dashboardHeader } from './header';

/** One drift comparison: per column the test, p-values, effect size with its interval and the decision; then the effect sizes as a chart. */
export class DriftView {
  readonly root = el('div', { className: 'dashboard' });
  readonly banner = el('div', { className: 'banner-slot' });
  private readonly charts: FigureChart[] = [];

  constructor(
    readonly result: DriftResult,
    api: PanelApi,
  ) {
    this.root.append(dashboardHeader(result.pipeline, driftFacts(result), api, undefined, () => JSON.stringify(result, null, 2)), this.banner);
    const columns = el('section', { className: 'card' }, el('h2', { text: 'Columns' }), el('p', { className: 'intro', text: decisionRule(result) }), driftTable(result));
    columns.id = 'columns';
    this.root.append(columns);
    const figure = buildChart('drift.effects', result);
    const effects = el('section', { className: 'card' }, el('h2', { text: chartTitle('drift.effects') }));
    effects.id = 'effects';
    if (figure) {
      const chart = new FigureChart('drift.effects', figure, chartName(result.pipeline, 'drift.effects'), api);
      this.charts.push(chart);
      effects.append(chart.element(chartTitle('drift.effects')));
    } else {
      effects.append(el('p', { className: 'note', text: 'No column was compared, so there is no effect size to draw.' }));
    }
    this.root.append(effects);
  }

  async draw(forceLight: boolean): Promise<void> {
    await Promise.all(this.charts.map((chart) => chart.draw(forceLight)));
  }

  chart(key: string | undefined): FigureChart | undefined {
    return this.charts.find((c) => c.key === key) ?? this.charts[0];
  }
}

function driftFacts(result: DriftResult): string[] {
  const drifted = result.columns.filter((c) => c.drifted).length;
  return [
    `reference: ${result.reference.source}, ${formatCount(result.reference.rows)} rows`,
    `current: ${result.current.source}, ${formatCount(result.current.rows)} rows`,
    `${drifted} of ${result.columns.length} columns drifted`,
    `level ${result.level}, Benjamini-Hochberg`,
    ...(result.method ? [`method: ${result.method}`] : []),
  ];
}

function decisionRule(result: DriftResult): string {
  return `A column drifts when its test rejects at ${result.level} after Benjamini-Hochberg and the 95% interval of its effect size reaches the minimum (${result.minEffect.numeric} reference SDs for numbers, ${result.minEffect.categorical} total variation for categories).`;
}
