import { buildChart, chartTitle, formatCount, formatPercent } from '../../core/charts';
import type { SlicesResult } from '../../core/protocol';
import type { SliceRef } from '../../core/protocol/sliceExplorer';
import type { PanelApi } from '../panel/vscodeApi';
import { el } from '../shared/elements';
import { chartName, FigureChart } from '../dashboard/figureChart';
import { markSelected, sliceTable } from './sliceTable';
import { sliceDetail } from './sliceDetail';

/**
 * The error slices: the ranked table, the significant small slices in their own list, the
 * selected slice's detail and the error-per-slice chart.
 */
export class SlicesSection {
  readonly root = el('div', { className: 'sl-slices-section' });
  readonly charts: FigureChart[] = [];
  private readonly detail = el('section', { className: 'card' });
  private selected: SliceRef | undefined;

  constructor(
    private readonly result: SlicesResult,
    api: PanelApi,
    private readonly openInNotebook: (ref: SliceRef) => void,
  ) {
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
    this.root.append(ranked, small, this.detail, chartSection);
  }

  select(ref: SliceRef): void {
    const list = ref.list === 'top' ? this.result.slices : this.result.significantSmall;
    if (!list[ref.index]) return;
    this.selected = ref;
    markSelected(this.root, ref);
    this.detail.replaceChildren(el('h2', { text: 'Slice detail' }), sliceDetail(this.result, ref, () => this.openInNotebook(ref)));
    document.body.dataset.selectedSlice = `${ref.list}:${ref.index}`;
  }

  get selection(): SliceRef | undefined {
    return this.selected;
  }
}

function rankingRule(result: SlicesResult): string {
  const o = result.options;
  return `${formatCount(result.rows)} rows, overall error ${formatPercent(result.overallError)} (${o.errorSource}). Top ${o.k} slices of up to ${o.maxLevel} predicates with at least ${formatCount(o.minSupport)} rows, by SliceLine score (alpha ${o.alpha}); adjusted p is Benjamini-Hochberg over ${formatCount(result.evaluated)} slices evaluated. Dimmed rows fold into a parent: their error is within ${formatPercent(o.foldTolerance)} of it.`;
}
