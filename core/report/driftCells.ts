import { formatStatistic } from '../charts/format';
import type { DriftColumn } from '../protocol';

/** The drift table's columns: header text, and whether the cells are numbers (right-aligned). */
export const DRIFT_HEADERS: readonly (readonly [string, boolean])[] = [
  ['Column', false],
  ['Type', false],
  ['Method', false],
  ['Statistic', true],
  ['p', true],
  ['Adjusted p', true],
  ['Effect size [95% interval]', true],
  ['Drifted', false],
  ['Reason', false],
];

/** One column's cells as text, in DRIFT_HEADERS order: what every surface shows and copies. */
export function driftCells(c: DriftColumn): string[] {
  const [lo, hi] = c.effectSizeInterval;
  return [
    c.column,
    c.type,
    c.method,
    formatStatistic(c.statistic),
    c.pValue === null ? '—' : formatStatistic(c.pValue),
    c.pAdjusted === null ? '—' : formatStatistic(c.pAdjusted),
    `${formatStatistic(c.effectSize)} [${formatStatistic(lo)}, ${formatStatistic(hi)}]`,
    c.drifted ? 'yes' : 'no',
    c.reason,
  ];
}

/** Drifted columns first, then by effect size: the order a person reads them in. */
export function sortDriftColumns(columns: readonly DriftColumn[]): DriftColumn[] {
  return [...columns].sort((a, b) => Number(b.drifted) - Number(a.drifted) || b.effectSize - a.effectSize);
}
