import { buildChart, chartTitle, formatSpan } from '../../core/charts';
import type { TraceResult } from '../../core/protocol';
import { el } from '../shared/elements';
import type { PanelApi } from '../panel/vscodeApi';
import { chartName, FigureChart } from '../dashboard/figureChart';
import { dashboardHeader } from '../dashboard/header';
import { rankingIntro } from '../../core/report/runCells';
import { incidentList } from './incidentList';
import { runsTable } from './runsTable';
import { lossLabels } from './incidentText';
import { stagePairView } from './recordLossView';
import { stageGraph } from './stageGraph';
import { alertCounts, incidentMarks, incidentOfAlert, stageSeverities, traceStages } from './stageStatus';

/**
 * A pipeline's stage trace: the stage graph colored by anomaly (the selected incident's first
 * bad stage marked), the incidents (selecting one marks the graph), and the records dropped,
 * nulled and changed between consecutive stages, all pairs together and each pair small.
 */
export class TraceView {
  readonly root = el('div', { className: 'dashboard sl-trace' });
  readonly banner = el('div', { className: 'banner-slot' });
  private readonly charts: FigureChart[] = [];
  private readonly graphSlot = el('div', { className: 'sl-graph-slot' });
  private readonly legend = el('p', { className: 'intro sl-graph-legend' });
  private selected: number | undefined;

  constructor(
    readonly result: TraceResult,
    private readonly api: PanelApi,
  ) {
    this.root.append(dashboardHeader(result.pipeline, traceFacts(result), api, result.source, () => JSON.stringify(result, null, 2)), this.banner);
    this.root.append(card('graph', 'Stages', 'Each stage colored by its worst anomaly (red: alert, amber: warning); arrows carry the records dropped (−) and altered (Δ) on the way. Select an incident to mark its first bad stage.', this.graphSlot, this.legend));
    this.root.append(card('incidents', 'Incidents', 'Alerts grouped across stages, earliest onset first, each named by the first stage and column where it shows.', incidentList(result.incidents, (index) => this.selectIncident(index))));
    this.root.append(card('runs', 'Code versions and component runs', result.runsRanking ? rankingIntro(result) : undefined, runsTable(result, api)));
    this.root.append(this.lossCard());
    if (result.notes.length) this.root.append(card('notes', 'Notes', undefined, el('ul', { className: 'guesses' }, ...result.notes.map((n) => el('li', { text: n })))));
    this.drawGraph();
  }

  async draw(forceLight: boolean): Promise<void> {
    await Promise.all(this.charts.map((chart) => chart.draw(forceLight)));
  }

  chart(key: string | undefined): FigureChart | undefined {
    return this.charts.find((c) => c.key === key) ?? this.charts[0];
  }

  /** Selects the incident of a monitor alert (from the tree); false when the trace has none for it. */
  selectIncidentByAlert(alertId: string): boolean {
    const index = incidentOfAlert(this.result, alertId);
    if (index !== undefined) this.selectIncident(index);
    return index !== undefined;
  }

  selectIncident(index: number): void {
    const incident = this.result.incidents[index];
    if (!incident) return;
    this.selected = index;
    for (const item of this.root.querySelectorAll<HTMLElement>('[data-incident]')) item.classList.toggle('selected', item.dataset.incident === String(index));
    document.body.dataset.incident = String(index);
    document.body.dataset.firstStage = incident.firstStage;
    this.drawGraph();
  }

  private drawGraph(): void {
    const incident = this.selected === undefined ? undefined : this.result.incidents[this.selected];
    this.graphSlot.replaceChildren(stageGraph({ stages: traceStages(this.result), severities: stageSeverities(this.result), alertCounts: alertCounts(this.result), losses: lossLabels(this.result.stageLoss), marks: incidentMarks(incident) }));
    this.legend.textContent = incident ? `Selected: ${incident.firstStage}${incident.column === '*' ? '' : `.${incident.column}`} is where the incident first shows${incident.downstream.length ? `; it reached ${incident.downstream.map((d) => d.stage).join(', ')} (outlined)` : ''}.` : 'No incident selected.';
  }

  private lossCard(): HTMLElement {
    const result = this.result;
    if (!result.stageLoss.length) return card('loss', 'Record loss between stages', undefined, el('p', { className: 'note', text: 'No pair of consecutive stages shares a record key, so records cannot be followed between stages.' }));
    const parts: HTMLElement[] = [];
    const figure = buildChart('trace.recordLoss', result);
    if (figure) {
      const chart = new FigureChart('trace.recordLoss', figure, chartName(result.pipeline, 'trace.recordLoss'), this.api);
      this.charts.push(chart);
      parts.push(chart.element(chartTitle('trace.recordLoss')));
    }
    const pairs = el('div', { className: 'sl-pairs' });
    for (const loss of result.stageLoss) {
      const view = stagePairView(result, loss, this.api);
      if (view.chart) this.charts.push(view.chart);
      pairs.append(view.element);
    }
    return card('loss', 'Record loss between stages', 'Consecutive stages joined by record key, per window of the upstream stage: records dropped (key gone downstream), nulled and changed (same-named columns).', ...parts, pairs);
  }
}

function card(id: string, title: string, intro: string | undefined, ...body: HTMLElement[]): HTMLElement {
  const section = el('section', { className: 'card' }, el('h2', { text: title }));
  section.id = id;
  if (intro) section.append(el('p', { className: 'intro', text: intro }));
  section.append(...body);
  return section;
}

function traceFacts(result: TraceResult): string[] {
  const alerts = result.alerts.filter((a) => a.severity === 'alert').length;
  return [
    `${result.incidents.length} ${result.incidents.length === 1 ? 'incident' : 'incidents'}`,
    `${alerts} alerts · ${result.alerts.length - alerts} warnings`,
    `windows: ${result.bucket}s`,
    `reference: ${formatSpan(result.reference)}`,
    ...(result.runsRanking ? [`${result.runsRanking.codeVersions.length} code versions ranked`] : []),
  ];
}
