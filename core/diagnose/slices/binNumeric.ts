import type { EncodedFeature } from './encodedFeature';
import { codeArray } from './encodedFeature';
import { quantileSorted } from '../../stats/quantile';

export const MISSING_LABEL = '(missing)';

/**
 * Quantile bins: edges at the i/bins quantiles of the non-missing values, duplicates merged (so a
 * column with few values gets fewer bins). Bin i is [edges[i], edges[i+1]), the last one closed;
 * NaN rows get their own "(missing)" bin, last.
 */
export function binNumeric(name: string, values: Float64Array, rows: Int32Array, bins: number): EncodedFeature {
  const present = new Float64Array(rows.length);
  let m = 0;
  for (let i = 0; i < rows.length; i++) {
    const v = values[rows[i]];
    if (!Number.isNaN(v)) present[m++] = v;
  }
  const sorted = present.subarray(0, m).sort();
  const edges = m === 0 ? [] : uniqueEdges(sorted, bins);
  const interior = edges.slice(1, -1);
  const hasMissing = m < rows.length;
  const binCount = Math.max(edges.length - 1, m > 0 ? 1 : 0);
  const labels = rangeLabels(edges, binCount);
  if (hasMissing) labels.push(MISSING_LABEL);
  const codes = codeArray(rows.length, labels.length);
  for (let i = 0; i < rows.length; i++) {
    const v = values[rows[i]];
    codes[i] = Number.isNaN(v) ? labels.length - 1 : upperBound(interior, v);
  }
  const binning = `${binCount} quantile bin${binCount === 1 ? '' : 's'} (asked for ${bins}; equal quantiles merged)${hasMissing ? `, missing values as "${MISSING_LABEL}"` : ''}`;
  return { name, kind: 'numeric', bins: labels, binning, codes };
}

function uniqueEdges(sorted: Float64Array, bins: number): number[] {
  const edges: number[] = [];
  for (let i = 0; i <= bins; i++) {
    const q = i === bins ? sorted[sorted.length - 1] : quantileSorted(sorted, i / bins);
    if (edges.length === 0 || q > edges[edges.length - 1]) edges.push(q);
  }
  return edges;
}

/** Number of interior edges <= v: the bin index. */
function upperBound(interior: number[], v: number): number {
  let lo = 0;
  let hi = interior.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (interior[mid] <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function rangeLabels(edges: number[], binCount: number): string[] {
  if (edges.length === 1) return [`= ${fmt(edges[0])}`];
  const labels: string[] = [];
  for (let i = 0; i < binCount; i++) {
    const last = i === binCount - 1;
    labels.push(`[${fmt(edges[i])}, ${fmt(edges[i + 1])}${last ? ']' : ')'}`);
  }
  return labels;
}

function fmt(x: number): string {
  return String(Number(x.toPrecision(4)));
}
