import type { BinnedCounts } from '../../stats';
import type { HistogramCounts } from '../../engine/engine';
import { alignCategories, alignHistograms, planBinning } from '../../stats/binning';

/**
 * Shared bins for two sorted samples, by the same plan every engine uses (edges from the
 * reference, out-of-range values in bins of their own, few distinct values as categories).
 */
export function binSorted(reference: Float64Array, current: Float64Array): BinnedCounts {
  const plan = planBinning(summary(reference), summary(current), 'reference');
  if (plan.kind === 'categories') return alignCategories(distinctCounts(reference), distinctCounts(current));
  return alignHistograms(histogramSorted(reference, plan.edges), histogramSorted(current, plan.edges));
}

function summary(sorted: Float64Array): { numeric: true; count: number; distinct: number; min: number; max: number } {
  let distinct = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct++;
  return { numeric: true, count: sorted.length, distinct, min: sorted[0], max: sorted[sorted.length - 1] };
}

function distinctCounts(sorted: Float64Array): { value: string; count: number }[] {
  const out: { value: string; count: number }[] = [];
  for (let i = 0; i < sorted.length; i++) {
    if (i > 0 && sorted[i] === sorted[i - 1]) out[out.length - 1].count++;
    else out.push({ value: String(sorted[i]), count: 1 });
  }
  return out;
}

/** Bin i is [edges[i], edges[i+1]), the last bin closed, as the engine's histogram. */
function histogramSorted(sorted: Float64Array, edges: number[]): HistogramCounts {
  const last = edges.length - 1;
  const below = lowerBound(sorted, edges[0]);
  const aboveStart = upperBound(sorted, edges[last]);
  const counts: number[] = [];
  let start = below;
  for (let b = 0; b < last; b++) {
    const end = b === last - 1 ? aboveStart : lowerBound(sorted, edges[b + 1]);
    counts.push(end - start);
    start = end;
  }
  return { edges, counts, below, above: sorted.length - aboveStart, missing: 0 };
}

function lowerBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function upperBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
