import type { HistogramCounts, ValueCount } from '../engine/engine';

/**
 * Shared bins for the histogram-based statistics (chi-squared, PSI, JS, KL, Hellinger, L∞).
 *
 * Rule: a numeric column with more than 20 distinct reference values gets Sturges equal-width
 * edges, computed once (numpy.histogram_bin_edges(..., 'sturges'): ceil(range / (range /
 * (log2 n + 1))) bins from min to max). Otherwise, and for categories, one bin per distinct
 * value of the union. Current values outside the edges and categories the reference never saw
 * get bins of their own, never dropped.
 * - `reference` (Sightline's default): edges span the reference only, so they can be computed
 *   once and reused for every current window; out-of-range current values land in the below /
 *   above bins.
 * - `evidently`: edges span reference and current together, with n = n_ref + n_cur, as
 *   Evidently's get_binned_data (and the oracle) do; nothing falls outside.
 * The plan needs only a profile of each sample (count, distinct, min, max), so any engine can
 * answer it with `histogram(edges)` or `valueCounts()`.
 */
export type BinningRule = 'reference' | 'evidently';

export interface SampleSummary {
  numeric: boolean;
  count: number;
  distinct: number;
  min: number;
  max: number;
}

export type BinningPlan =
  | { kind: 'edges'; rule: BinningRule; edges: number[] }
  | { kind: 'categories'; rule: BinningRule };

/** Above this many distinct reference values a numeric column is binned on edges. */
export const MAX_DISTINCT_AS_CATEGORIES = 20;

export function planBinning(reference: SampleSummary, current: SampleSummary, rule: BinningRule = 'reference'): BinningPlan {
  if (!reference.numeric || reference.distinct <= MAX_DISTINCT_AS_CATEGORIES) return { kind: 'categories', rule };
  if (rule === 'reference') return { kind: 'edges', rule, edges: sturgesEdges(reference.min, reference.max, reference.count) };
  const min = Math.min(reference.min, current.min);
  const max = Math.max(reference.max, current.max);
  return { kind: 'edges', rule, edges: sturgesEdges(min, max, reference.count + current.count) };
}

/** numpy.histogram_bin_edges(x, 'sturges') from min, max and size of x (numpy's linspace). */
export function sturgesEdges(min: number, max: number, count: number): number[] {
  let first = min;
  let last = max;
  if (first === last) {
    first -= 0.5;
    last += 0.5;
  }
  const width = (max - min) / (Math.log2(count) + 1);
  const bins = width > 0 ? Math.ceil((last - first) / width) : 1;
  const step = (last - first) / bins;
  const edges: number[] = [];
  for (let i = 0; i < bins; i++) edges.push(i * step + first);
  edges.push(last);
  return edges;
}

/** Count vectors of two samples on the same bins, bins labelled for display. */
export interface BinnedCounts {
  labels: string[];
  reference: number[];
  current: number[];
}

/**
 * Aligns two engine histograms on the same edges into count vectors; the below / above bins are
 * kept when either sample has values there. Missing values are not a bin.
 */
export function alignHistograms(reference: HistogramCounts, current: HistogramCounts): BinnedCounts {
  if (reference.edges.length !== current.edges.length || reference.edges.some((e, i) => e !== current.edges[i])) {
    throw new RangeError('both histograms must use the same edges');
  }
  const labels = reference.counts.map((_, i) => `[${reference.edges[i]}, ${reference.edges[i + 1]}${i === reference.counts.length - 1 ? ']' : ')'}`);
  const out: BinnedCounts = { labels, reference: [...reference.counts], current: [...current.counts] };
  if (reference.below + current.below > 0) {
    out.labels.unshift(`< ${reference.edges[0]}`);
    out.reference.unshift(reference.below);
    out.current.unshift(current.below);
  }
  if (reference.above + current.above > 0) {
    out.labels.push(`> ${reference.edges[reference.edges.length - 1]}`);
    out.reference.push(reference.above);
    out.current.push(current.above);
  }
  return out;
}

/**
 * Aligns two value-count lists on the union of their values (sorted), each unseen value in a
 * bin of its own. Missing values (null) are left out.
 */
export function alignCategories(reference: ValueCount[], current: ValueCount[]): BinnedCounts {
  const ref = toMap(reference);
  const cur = toMap(current);
  const labels = [...new Set([...ref.keys(), ...cur.keys()])].sort();
  return { labels, reference: labels.map((k) => ref.get(k) ?? 0), current: labels.map((k) => cur.get(k) ?? 0) };
}

function toMap(counts: ValueCount[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const { value, count } of counts) if (value !== null) map.set(value, (map.get(value) ?? 0) + count);
  return map;
}
