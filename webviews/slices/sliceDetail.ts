import { formatCount, formatPercent, formatStatistic, predicatesText, sliceRankLabel } from '../../core/charts';
import type { SliceFinding, SlicesResult } from '../../core/protocol';
import type { SliceRef } from '../../core/protocol/sliceExplorer';
import { sliceComplement } from '../../core/diagnose/slices/sliceComplement';
import { button } from '../shared/dom';
import { el } from '../shared/elements';

/**
 * One slice against the rest of the rows: size, error and 95% interval of each side, the test
 * against the complement, and "Open in notebook" (a cell that repeats the search within the slice).
 */
export function sliceDetail(result: SlicesResult, ref: SliceRef, openInNotebook: () => void, whatIf: () => void): HTMLElement {
  const slice = (ref.list === 'top' ? result.slices : result.significantSmall)[ref.index];
  const rest = sliceComplement(result, slice);
  const interval = (i: [number, number] | undefined) => (i ? `${formatPercent(i[0])} – ${formatPercent(i[1])}` : '–');
  const head = el('tr', {}, ...['', 'Rows', 'Share', 'Error', '95% interval'].map((text, i) => el('th', { text, className: i ? 'num' : undefined })));
  const row = (name: string, size: number, error: number, i: [number, number] | undefined) =>
    el('tr', {}, el('td', { text: name }), ...[formatCount(size), formatPercent(size / result.rows), formatPercent(error), interval(i)].map((text) => el('td', { text, className: 'num' })));
  const table = el(
    'table',
    { className: 'sl-detail-table' },
    el('thead', {}, head),
    el('tbody', {}, row('In the slice', slice.size, slice.error, slice.errorInterval), row('Rest of the rows', rest.size, rest.error, rest.errorInterval), row('All rows', result.rows, result.overallError, undefined)),
  );
  const folded = slice.foldedInto === undefined ? [] : [el('p', { className: 'note', text: `Folded into ${sliceRankLabel(ref.list, slice.foldedInto)}: its error is within ${formatPercent(result.options.foldTolerance)} of that slice's.` })];
  const detail = el(
    'div',
    { className: 'sl-detail' },
    el('h3', { text: `${sliceRankLabel(ref.list, ref.index)}: ${predicatesText(slice.predicates)}` }),
    table,
    el('p', { className: 'intro', text: `Against the rest: p = ${formatStatistic(slice.pValue)}, Benjamini-Hochberg adjusted ${formatStatistic(slice.adjustedPValue)} over ${formatCount(result.evaluated)} slices evaluated; score ${formatStatistic(slice.score)}; ${formatStatistic(slice.error / result.overallError)}× the overall error.` }),
    ...parentTest(slice, result.evaluated),
    ...folded,
    el('p', { className: 'actions' }, button('Open in notebook', openInNotebook), button('What if…', whatIf)),
  );
  detail.dataset.slice = `${ref.list}:${ref.index}`;
  return detail;
}

/** For a small slice: its test against each broader slice it refines, which it had to pass to be listed. */
function parentTest(slice: SliceFinding, evaluated: number): HTMLElement[] {
  if (slice.parentPValue === undefined || slice.level < 2) return [];
  const bonferroni = Math.min(1, slice.parentPValue * evaluated);
  return [el('p', { className: 'intro', text: `Against the other rows of each slice it refines (one predicate fewer): largest p = ${formatStatistic(slice.parentPValue)}, ${formatStatistic(bonferroni)} after Bonferroni over ${formatCount(evaluated)} slices evaluated.` })];
}
