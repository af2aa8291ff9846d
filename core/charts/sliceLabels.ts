import type { SlicePredicate } from '../protocol';

/** "origin = ORD & dep_hour = 17–19": a slice's predicates as people read them. */
export function predicatesText(predicates: readonly SlicePredicate[]): string {
  return predicates.map((p) => `${p.feature} = ${p.value}`).join(' & ') || 'all rows';
}

/** The chart and table label of a ranked slice: "#3", or "small 2" for a significant small slice. */
export function sliceRankLabel(list: 'top' | 'small', index: number): string {
  return list === 'top' ? `#${index + 1}` : `small ${index + 1}`;
}

/** The chart and table label of a slice of change: "↑2" for the second that grew most, "↓1" for the first that shrank most. */
export function diffRankLabel(direction: 'grown' | 'shrunk', index: number): string {
  return `${direction === 'grown' ? '↑' : '↓'}${index + 1}`;
}
