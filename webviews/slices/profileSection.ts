import { formatCount, formatPercent, predicatesText, sliceProfileFeatureFigure, sliceProfileTimeFigure, sliceRankLabel } from '../../core/charts';
import type { FigureSpec } from '../../core/charts';
import type { ErrorInfo, ProgressInfo, SliceFinding, SliceProfile } from '../../core/protocol';
import type { SliceRef } from '../../core/protocol/sliceExplorer';
import type { PanelApi } from '../panel/vscodeApi';
import { errorBanner, progressBanner, type BannerActions } from '../panel/statusBanner';
import { el } from '../shared/elements';
import { chartName, FigureChart } from '../dashboard/figureChart';

/**
 * "Slice profile": the selected slice against the rest over time (error with its interval band,
 * share of rows) and per feature (share of each side's rows per bin). The host computes it;
 * this section shows its progress, its charts or why it failed.
 */
export class ProfileSection {
  readonly root = el('section', { className: 'card' });
  charts: FigureChart[] = [];
  private readonly body = el('div', { className: 'sl-profile' });

  constructor(
    private readonly api: PanelApi,
    private readonly title: string,
    private readonly actions: BannerActions,
  ) {
    this.root.id = 'profile';
    this.root.append(el('h2', { text: 'Slice profile' }), this.body);
    this.body.append(el('p', { className: 'note', text: 'Select a slice to see its distributions and its error over time.' }));
  }

  /** The slice is selected; its profile is on its way. */
  waiting(ref: SliceRef, slice: SliceFinding, what: string): void {
    this.charts = [];
    this.root.dataset.slice = `${ref.list}:${ref.index}`;
    delete this.root.dataset.ready;
    this.body.replaceChildren(header(ref, slice), el('p', { className: 'note', text: what }));
  }

  progress(ref: SliceRef, slice: SliceFinding, progress: ProgressInfo): void {
    this.body.replaceChildren(header(ref, slice), progressBanner(progress, this.actions));
  }

  fail(ref: SliceRef, slice: SliceFinding, error: ErrorInfo): void {
    this.charts = [];
    this.body.replaceChildren(header(ref, slice), errorBanner(error, this.actions));
  }

  show(ref: SliceRef, slice: SliceFinding, profile: SliceProfile): void {
    this.charts = [];
    const parts: HTMLElement[] = [header(ref, slice), el('p', { className: 'intro', text: summary(profile) })];
    const time = sliceProfileTimeFigure(profile);
    if (time) parts.push(el('h3', { text: 'Error and share of rows over time' }), this.chart('sliceProfile.time', time, 'Slice error and share of rows over time, slice vs rest'));
    else parts.push(el('p', { className: 'note', text: 'No time series: the predictions have no event-time column.' }));
    parts.push(el('h3', { text: 'Share of rows per bin, slice vs rest' }));
    const grid = el('div', { className: 'sl-profile-grid' });
    for (const feature of profile.features) grid.append(this.chart(`sliceProfile.feature.${feature.name}`, sliceProfileFeatureFigure(profile, feature), `Distribution of ${feature.name}, slice vs rest`));
    parts.push(grid);
    this.body.replaceChildren(...parts);
  }

  async draw(forceLight: boolean): Promise<void> {
    await Promise.all(this.charts.map((chart) => chart.draw(forceLight)));
    if (this.charts.length) this.root.dataset.ready = 'true';
  }

  private chart(key: string, figure: FigureSpec, title: string): HTMLElement {
    const chart = new FigureChart(key, figure, chartName(this.title, key), this.api);
    this.charts.push(chart);
    return chart.element(title);
  }
}

function header(ref: SliceRef, slice: SliceFinding): HTMLElement {
  return el('h3', { className: 'sl-profile-title', text: `${sliceRankLabel(ref.list, ref.index)}: ${predicatesText(slice.predicates)}` });
}

function summary(profile: SliceProfile): string {
  const error = (e: number | null) => (e === null ? 'no rows' : profile.errorKind === 'binary' ? formatPercent(e) : e.toFixed(3));
  const time = profile.time;
  const untimed = time?.rowsWithoutTime ? `; ${formatCount(time.rowsWithoutTime)} rows have no time` : '';
  return `${formatCount(profile.sliceRows)} of ${formatCount(profile.rows)} rows (${formatPercent(profile.rows ? profile.sliceRows / profile.rows : 0)}) are in the slice: error ${error(profile.sliceError)} against ${error(profile.restError)} in the rest${time ? `, by ${time.bucket} of ${time.column}` : ''}${untimed}.`;
}
