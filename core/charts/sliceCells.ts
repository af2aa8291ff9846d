import type { DiffSlice, SliceFinding } from '../protocol';
import { formatCount, formatPercent, formatStatistic } from './format';
import { diffRankLabel, predicatesText, sliceRankLabel } from './sliceLabels';

export const SLICE_HEADERS: readonly (readonly [string, boolean])[] = [
  ['Rank', false],
  ['Slice', false],
  ['Rows', true],
  ['Error', true],
  ['95% interval', true],
  ['Score', true],
  ['Adj. p', true],
  ['Folded', false],
];

/** The table cells of one slice, in SLICE_HEADERS order (errors as percents of rows). */
export function sliceCells(slice: SliceFinding, list: 'top' | 'small', index: number): string[] {
  const [lo, hi] = slice.errorInterval;
  return [
    sliceRankLabel(list, index),
    predicatesText(slice.predicates),
    formatCount(slice.size),
    formatPercent(slice.error),
    `${formatPercent(lo)} – ${formatPercent(hi)}`,
    formatStatistic(slice.score),
    formatStatistic(slice.adjustedPValue),
    slice.foldedInto === undefined ? '' : `into ${sliceRankLabel(list, slice.foldedInto)}`,
  ];
}

export const DIFF_HEADERS: readonly (readonly [string, boolean])[] = [
  ['Rank', false],
  ['Slice', false],
  ['Reference', true],
  ['Current', true],
  ['Risk ratio', true],
];

/** The table cells of one slice of change: shares with their row counts, and the risk ratio. */
export function diffCells(slice: DiffSlice, direction: 'grown' | 'shrunk', index: number): string[] {
  return [
    diffRankLabel(direction, index),
    predicatesText(slice.predicates),
    `${formatPercent(slice.referenceShare)} (${formatCount(slice.referenceCount)})`,
    `${formatPercent(slice.currentShare)} (${formatCount(slice.currentCount)})`,
    formatStatistic(slice.riskRatio),
  ];
}
