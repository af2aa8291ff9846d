import { formatCount, formatPercent, formatStatistic } from '../charts/format';
import type { DiffSlice, SliceDiffResult, SliceFinding, SlicePredicate, SlicesResult } from '../protocol';

/** The slices table's columns: header text, and whether the cells are numbers (right-aligned). */
export const SLICE_HEADERS: readonly (readonly [string, boolean])[] = [
  ['#', true],
  ['Slice', false],
  ['Rows', true],
  ['Error [95% interval]', true],
  ['Score', true],
  ['Adjusted p', true],
  ['Folded', false],
];

export function predicatesText(predicates: SlicePredicate[]): string {
  return predicates.map((p) => `${p.feature} = ${p.value}`).join(' & ');
}

/** One slice's cells in SLICE_HEADERS order; `rank` counts from 1. */
export function sliceCells(s: SliceFinding, rank: number): string[] {
  const [lo, hi] = s.errorInterval;
  return [
    String(rank),
    predicatesText(s.predicates),
    formatCount(s.size),
    `${formatStatistic(s.error)} [${formatStatistic(lo)}, ${formatStatistic(hi)}]`,
    formatStatistic(s.score),
    formatStatistic(s.adjustedPValue),
    s.foldedInto === undefined ? '' : `into #${s.foldedInto + 1}`,
  ];
}

/** One line: the data, its overall error and how the slices were scored. */
export function slicesSummary(result: SlicesResult): string {
  return `${slicesData(result)} · ${slicesMethod(result)}`;
}

/** The rows searched and their overall error. */
export function slicesData(result: SlicesResult): string {
  const without = result.rowsWithoutError ? ` (${formatCount(result.rowsWithoutError)} without an error left out)` : '';
  return `${formatCount(result.rows)} rows${without} · overall error ${formatStatistic(result.overallError)} (${result.options.errorSource})`;
}

/** How many slices were evaluated and shown, and the scoring options. */
export function slicesMethod(result: SlicesResult): string {
  const o = result.options;
  return `${formatCount(result.slices.length)} of ${formatCount(result.evaluated)} slices evaluated · alpha ${o.alpha}, min support ${formatCount(o.minSupport)}, up to ${o.maxLevel} predicates`;
}

export const DIFF_HEADERS: readonly (readonly [string, boolean])[] = [
  ['Slice', false],
  ['Reference', true],
  ['Current', true],
  ['Risk ratio', true],
];

/** One changed slice: its share of each side (with its count) and the smoothed ratio. */
export function diffCells(d: DiffSlice): string[] {
  return [
    predicatesText(d.predicates),
    `${formatPercent(d.referenceShare)} (${formatCount(d.referenceCount)})`,
    `${formatPercent(d.currentShare)} (${formatCount(d.currentCount)})`,
    formatStatistic(d.riskRatio),
  ];
}

export function sliceDiffSummary(result: SliceDiffResult): string {
  return `${formatCount(result.currentRows)} current vs ${formatCount(result.referenceRows)} reference rows · ${result.grown.length} grown, ${result.shrunk.length} shrunk · min support ${formatCount(result.minSupport)}, up to ${result.maxLevel} predicates`;
}
