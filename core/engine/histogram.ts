import type { HistogramCounts } from './engine';

/**
 * Counts values on fixed edges: bin i holds [edges[i], edges[i+1]) and the last bin is closed,
 * like numpy.histogram. Values outside the edges are counted apart, never dropped, so a shift
 * out of the reference range shows.
 */
export function histogramOf(values: Float64Array, edges: number[]): HistogramCounts {
  if (edges.length < 2) throw new RangeError('a histogram needs at least two edges');
  const bins = edges.length - 1;
  const counts = new Array<number>(bins).fill(0);
  const first = edges[0];
  const last = edges[bins];
  let below = 0;
  let above = 0;
  let missing = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isNaN(v)) missing++;
    else if (v < first) below++;
    else if (v > last) above++;
    else if (v === last) counts[bins - 1]++;
    else counts[binOf(edges, v)]++;
  }
  return { edges, counts, below, above, missing };
}

/** Binary search for the bin whose left edge is the largest edge <= v. */
export function binOf(edges: number[], v: number): number {
  let lo = 0;
  let hi = edges.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (edges[mid] <= v) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
