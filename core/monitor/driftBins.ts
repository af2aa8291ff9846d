import type { BinSpec } from '../engine/engine';
import type { ColumnType } from '../protocol';
import type { WindowColumnQuery } from './unseenCategories';
import { categoryCounts } from './unseenCategories';
import { formatStatistic } from '../charts/format';

/** Fine equal-width bins over the reference range, merged into bins of at least MIN_BIN_SHARE of it. */
const FINE_BINS = 64;
const MIN_BIN_SHARE = 0.05;
/** Categories with at least this share of the reference get their own bin, at most MAX_CATEGORY_BINS. */
const MIN_CATEGORY_SHARE = 0.005;
const MAX_CATEGORY_BINS = 30;

/** Bins fixed once from the reference windows, with a readable label per counted bin. */
export interface DriftBins {
  spec: BinSpec;
  /** One per bin of `WindowBinCounts` (outer bins and "other" included). */
  labels: string[];
}

export async function referenceBins(query: WindowColumnQuery, type: ColumnType, range?: { lo: number; hi: number }): Promise<DriftBins | undefined> {
  if (type === 'category' || type === 'boolean') return categoryBins(query);
  if (type !== 'number' || !range || !(range.hi > range.lo)) return undefined;
  return numericBins(query, range);
}

async function numericBins(query: WindowColumnQuery, range: { lo: number; hi: number }): Promise<DriftBins> {
  const width = (range.hi - range.lo) / FINE_BINS;
  const fine = Array.from({ length: FINE_BINS + 1 }, (_, i) => (i === FINE_BINS ? range.hi : range.lo + i * width));
  const counts = await query.engine.windowedBinCounts(query.stage, { time: query.time, bucket: query.bucket, column: query.column, bins: { kind: 'edges', edges: fine } });
  const pooled = new Float64Array(counts.bins);
  counts.starts.forEach((start, w) => {
    if (!isReferenceStart(query, start)) return;
    for (let b = 0; b < counts.bins; b++) pooled[b] += counts.counts[w * counts.bins + b];
  });
  const edges = mergeByMass(fine, pooled.subarray(1, FINE_BINS + 1));
  const labels = [`< ${formatStatistic(edges[0])}`];
  for (let i = 1; i < edges.length; i++) labels.push(`${formatStatistic(edges[i - 1])}–${formatStatistic(edges[i])}`);
  labels.push(`> ${formatStatistic(edges[edges.length - 1])}`);
  return { spec: { kind: 'edges', edges }, labels };
}

/** Adjacent fine bins merged left to right until each holds MIN_BIN_SHARE of the mass; a light tail joins its neighbour. */
export function mergeByMass(fineEdges: number[], counts: ArrayLike<number>): number[] {
  let total = 0;
  for (let i = 0; i < counts.length; i++) total += counts[i];
  const edges = [fineEdges[0]];
  let run = 0;
  for (let i = 0; i < counts.length; i++) {
    run += counts[i];
    if (run >= MIN_BIN_SHARE * total && i < counts.length - 1) {
      edges.push(fineEdges[i + 1]);
      run = 0;
    }
  }
  if (run < MIN_BIN_SHARE * total && edges.length > 1) edges.pop();
  edges.push(fineEdges[fineEdges.length - 1]);
  return edges;
}

async function categoryBins(query: WindowColumnQuery): Promise<DriftBins | undefined> {
  const perWindow = await categoryCounts(query);
  const pooled = new Map<string, number>();
  let total = 0;
  query.starts.forEach((start, w) => {
    if (!query.isReference[w]) return;
    for (const [value, n] of perWindow.get(start) ?? []) {
      pooled.set(value, (pooled.get(value) ?? 0) + n);
      total += n;
    }
  });
  const values = [...pooled]
    .filter(([, n]) => n >= MIN_CATEGORY_SHARE * total)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, MAX_CATEGORY_BINS)
    .map(([value]) => value);
  if (values.length < 2 && pooled.size < 2) return undefined;
  return { spec: { kind: 'categories', values }, labels: [...values, '(other)'] };
}

function isReferenceStart(query: WindowColumnQuery, start: number): boolean {
  const w = query.starts.indexOf(start);
  return w >= 0 && query.isReference[w];
}
