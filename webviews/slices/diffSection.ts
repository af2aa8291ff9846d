import { DIFF_HEADERS, buildChart, chartTitle, diffCells, formatCount } from '../../core/charts';
import type { DiffSlice, SliceDiffResult } from '../../core/protocol';
import type { PanelApi } from '../panel/vscodeApi';
import { el } from '../shared/elements';
import { chartName, FigureChart } from '../dashboard/figureChart';

/** "What moved": the slices of a stage whose share of rows grew or shrank most, as a chart and tables. */
export function diffSection(result: SliceDiffResult, api: PanelApi): { section: HTMLElement; charts: FigureChart[] } {
  const section = el('section', { className: 'card' }, el('h2', { text: 'What moved' }));
  section.id = 'moved';
  section.append(
    el('p', {
      className: 'intro',
      text: `Slices of ${result.pipeline}: ${formatCount(result.currentRows)} current rows against ${formatCount(result.referenceRows)} reference rows, slices of up to ${result.maxLevel} predicates with at least ${formatCount(result.minSupport)} rows on one side, by risk ratio (current share / reference share).`,
    }),
  );
  const charts: FigureChart[] = [];
  const figure = buildChart('sliceDiff.shares', result);
  if (figure) {
    const chart = new FigureChart('sliceDiff.shares', figure, chartName(result.pipeline, 'sliceDiff.shares'), api);
    charts.push(chart);
    section.append(chart.element(chartTitle('sliceDiff.shares')));
  } else {
    section.append(el('p', { className: 'note', text: 'No slice changed its share: the two ranges hold the same mix of rows.' }));
  }
  section.append(...diffTable('Grew most', 'grown', result.grown), ...diffTable('Shrank most', 'shrunk', result.shrunk));
  return { section, charts };
}

function diffTable(title: string, direction: 'grown' | 'shrunk', slices: readonly DiffSlice[]): HTMLElement[] {
  if (!slices.length) return [];
  const head = el('tr', {}, ...DIFF_HEADERS.map(([text, num]) => el('th', { text, className: num ? 'num' : undefined })));
  const rows = slices.map((s, index) => el('tr', {}, ...diffCells(s, direction, index).map((text, i) => el('td', { text, className: DIFF_HEADERS[i][1] ? 'num' : undefined }))));
  return [el('h3', { text: title }), el('div', { className: 'table-wrap' }, el('table', { className: 'sl-diff' }, el('thead', {}, head), el('tbody', {}, ...rows)))];
}
