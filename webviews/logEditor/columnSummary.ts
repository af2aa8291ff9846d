import type { LogColumnInfo } from '../../core/protocol';
import { formatCount, formatDate, formatPercent } from '../../core/charts/format';
import { formatNumber, formatTime } from './cells';

export interface HistogramView {
  counts: number[];
  /** One tooltip per bar: the bin or value and its count. */
  labels: string[];
}

/** The bars of a column's summary histogram with a readable label each. */
export function histogramView(column: LogColumnInfo): HistogramView | undefined {
  const histogram = column.histogram;
  if (!histogram || histogram.counts.length === 0) return undefined;
  const counts = histogram.counts;
  if ('values' in histogram) {
    return { counts, labels: histogram.values.map((value, i) => `${value === '' ? '(empty)' : value}: ${formatCount(counts[i])}`) };
  }
  const edge = (value: number): string => (column.type === 'time' ? formatDate(value, true) : formatNumber(value));
  const last = counts.length - 1;
  return {
    counts,
    labels: counts.map((count, i) => `[${edge(histogram.edges[i])}, ${edge(histogram.edges[i + 1])}${i === last ? ']' : ')'}: ${formatCount(count)}`),
  };
}

/** The one-line summary under a column's histogram. */
export function rangeText(column: LogColumnInfo): string {
  switch (column.type) {
    case 'number':
      return column.min === undefined || column.max === undefined ? 'no values' : `${formatNumber(column.min)} … ${formatNumber(column.max)}`;
    case 'time':
      return column.min === undefined || column.max === undefined ? 'no values' : `${formatTime(column.min)} … ${formatTime(column.max)}`;
    case 'category':
      return `${formatCount(column.distinct ?? 0)} distinct`;
    case 'boolean': {
      const h = column.histogram;
      const counts = h && 'values' in h ? h.counts : [];
      const total = (counts[0] ?? 0) + (counts[1] ?? 0);
      return total ? `${formatPercent((counts[1] ?? 0) / total)} true` : 'no values';
    }
  }
}

export function nullText(nullRate: number): string {
  return nullRate > 0 ? `${formatPercent(nullRate)} null` : 'no nulls';
}
