import { formatCount, formatInstant } from '../../core/charts';
import type { SliceExplorerRequest, SliceExplorerResults } from '../../core/protocol/sliceExplorer';
import type { PanelApi } from '../panel/vscodeApi';
import { el } from '../shared/elements';
import type { FigureChart } from '../dashboard/figureChart';
import { dashboardHeader } from '../dashboard/header';
import { diffSection } from './diffSection';
import { SlicesSection, type SliceSelection } from './slicesSection';

/** The whole Slice Explorer for one request: header and notes, "what moved" for an alert, then the error slices. */
export class SlicesView {
  readonly root = el('div', { className: 'dashboard slice-explorer' });
  readonly banner = el('div', { className: 'banner-slot' });
  readonly slices: SlicesSection | undefined;
  private readonly charts: FigureChart[] = [];

  constructor(
    readonly request: SliceExplorerRequest,
    readonly results: SliceExplorerResults,
    api: PanelApi,
    selection: SliceSelection,
  ) {
    const json = () => JSON.stringify(results.slices && results.diff ? { slices: results.slices, sliceDiff: results.diff } : (results.slices ?? results.diff), null, 2);
    this.root.append(dashboardHeader(titleOf(request, results), factsOf(request, results), api, results.slices?.source, json), this.banner);
    const notes = [...results.notes, ...(results.slices?.notes ?? [])];
    if (notes.length) this.root.append(el('ul', { className: 'sl-notes' }, ...notes.map((text) => el('li', { text }))));
    if (results.diff) {
      const moved = diffSection(results.diff, api);
      this.charts.push(...moved.charts);
      this.root.append(moved.section);
    }
    if (results.slices) {
      this.slices = new SlicesSection(results.slices, api, selection);
      this.charts.push(...this.slices.charts);
      this.root.append(this.slices.root);
    }
  }

  async draw(forceLight: boolean): Promise<void> {
    await Promise.all([...this.charts.map((chart) => chart.draw(forceLight)), this.slices?.profile.draw(forceLight)]);
  }

  chart(key: string | undefined): FigureChart | undefined {
    const all = [...this.charts, ...(this.slices?.profile.charts ?? [])];
    return all.find((c) => c.key === key) ?? all[0];
  }
}

function titleOf(request: SliceExplorerRequest, results: SliceExplorerResults): string {
  if (request.kind === 'slices') return `Slices: ${results.slices?.pipeline ?? request.target}`;
  const { alert } = request;
  return `What moved: ${alert.column === '*' ? alert.stage : `${alert.stage}.${alert.column}`} · ${alert.kind} since ${formatInstant(alert.onset)}`;
}

function factsOf(request: SliceExplorerRequest, results: SliceExplorerResults): string[] {
  const { slices, diff } = results;
  return [
    ...(slices ? [`${formatCount(slices.rows)} labeled predictions`, `${slices.slices.length} slices`, `${slices.significantSmall.length} small significant`, `${slices.features.length} features`] : []),
    ...(diff ? [`${diff.grown.length} grown · ${diff.shrunk.length} shrunk`] : []),
    ...(request.kind === 'sliceAlert' ? [`alert ${request.alert.id}`] : []),
  ];
}
