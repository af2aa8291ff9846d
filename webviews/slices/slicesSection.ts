import { buildChart, chartTitle, formatCount, formatPercent } from '../../core/charts';
import type { SlicesResult } from '../../core/protocol';
import type { SliceRef } from '../../core/protocol/sliceExplorer';
import type { PanelApi } from '../panel/vscodeApi';
import { el } from '../shared/elements';
import { chartName, FigureChart } from '../dashboard/figureChart';
import { markSelected, sliceTable } from './sliceTable';
import { sliceDetail } from './sliceDetail';
import { ProfileSection } from './profileSection';
import type { BannerActions } from '../panel/statusBanner';
import type { SliceFinding } from '../../core/protocol';

/** What the section tells its owner: "Open in notebook", a new selection, and what the profile's Retry and Cancel do. */
export interface SliceSelection {
  openInNotebook(ref: SliceRef): void;
  /** Opens the What-If panel on the slice (fallback or its own threshold). */
  whatIf(ref: SliceRef): void;
  onSelect(ref: SliceRef): void;
  profileActions: BannerActions;
}

/**
 * The error slices: the ranked table, the significant small slices in their own list, the
 * selected slice's detail and profile, and the error-per-slice chart.
 */
export class SlicesSection {
  readonly root = el('div', { className: 'sl-slices-section' });
  readonly charts: FigureChart[] = [];
  private readonly detail = el('section', { className: 'card' });
  readonly profile: ProfileSection;
  private selected: SliceRef | undefined;

  constructor(
    private readonly result: SlicesResult,
    api: PanelApi,
    private readonly selection: SliceSelection,
  ) {
    this.profile = new ProfileSection(api, result.pipeline, selection.profileActions);
    const select = (ref: SliceRef) => this.select(ref);
    const ranked = el('section', { className: 'card' }, el('h2', { text: 'Slices where the error is worst' }), el('p', { className: 'intro', text: rankingRule(result) }));
    ranked.id = 'slices';
    ranked.append(result.slices.length ? sliceTable(result.slices, 'top', select) : el('p', { className: 'note', text: 'No slice of enough rows is worse than the rest.' }));
    const small = el('section', { className: 'card' }, el('h2', { text: 'Small slices that are significantly worse' }));
    small.id = 'small';
    small.append(
      result.significantSmall.length
        ? sliceTable(result.significantSmall, 'small', select)
        : el('p', { className: 'note', text: `No slice below the support floor is significantly worse (at least ${formatCount(result.options.smallFloor)} rows, adjusted p < 0.05).` }),
    );
    this.detail.id = 'detail';
    this.detail.append(el('h2', { text: 'Slice detail' }), el('p', { className: 'note', text: 'Click a slice in a table to compare it with the rest of the rows.' }));
    const chartSection = el('section', { className: 'card' }, el('h2', { text: chartTitle('slices.errors') }));
    chartSection.id = 'errors';
    const figure = buildChart('slices.errors', result);
    if (figure) {
      const chart = new FigureChart('slices.errors', figure, chartName(result.pipeline, 'slices.errors'), api);
      this.charts.push(chart);
      chartSection.append(chart.element(chartTitle('slices.errors')));
    } else {
      chartSection.append(el('p', { className: 'note', text: 'No slice to draw.' }));
    }
    this.root.append(ranked, small, this.detail, this.profile.root, chartSection);
  }

  /** Shows the slice's detail and asks for its profile; false when the results have no such slice. */
  select(ref: SliceRef, announce = true): boolean {
    const slice = this.sliceOf(ref);
    if (!slice) return false;
    this.selected = ref;
    markSelected(this.root, ref);
    this.detail.replaceChildren(el('h2', { text: 'Slice detail' }), sliceDetail(this.result, ref, () => this.selection.openInNotebook(ref), () => this.selection.whatIf(ref)));
    this.profile.waiting(ref, slice, announce ? 'Computing the profile…' : 'The profile is computed once the results are.');
    document.body.dataset.selectedSlice = `${ref.list}:${ref.index}`;
    if (announce) this.selection.onSelect(ref);
    return true;
  }

  get current(): SliceRef | undefined {
    return this.selected;
  }

  /** The selected slice, when `ref` still names it (answers for an older selection are dropped). */
  selectedSlice(ref: SliceRef): SliceFinding | undefined {
    return this.selected?.list === ref.list && this.selected.index === ref.index ? this.sliceOf(ref) : undefined;
  }

  private sliceOf(ref: SliceRef): SliceFinding | undefined {
    return (ref.list === 'top' ? this.result.slices : this.result.significantSmall)[ref.index];
  }
}

function rankingRule(result: SlicesResult): string {
  const o = result.options;
  return `${formatCount(result.rows)} rows, overall error ${formatPercent(result.overallError)} (${o.errorSource}). Top ${o.k} slices of up to ${o.maxLevel} predicates with at least ${formatCount(o.minSupport)} rows, by SliceLine score (alpha ${o.alpha}); adjusted p is Benjamini-Hochberg over ${formatCount(result.evaluated)} slices evaluated. Dimmed rows fold into a parent: their error is within ${formatPercent(o.foldTolerance)} of it.`;
}
