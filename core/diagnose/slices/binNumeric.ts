import type { EncodedFeature } from './encodedFeature';
import { codeArray } from './encodedFeature';
import { numericBins } from './featureBins';

export { MISSING_LABEL } from './featureBins';

/** The rows' values in the quantile bins of `numericBins`. */
export function binNumeric(name: string, values: Float64Array, rows: Int32Array, bins: number): EncodedFeature {
  const present = new Float64Array(rows.length);
  let m = 0;
  for (let i = 0; i < rows.length; i++) {
    const v = values[rows[i]];
    if (!Number.isNaN(v)) present[m++] = v;
  }
  const sorted = present.subarray(0, m).sort();
  const binned = numericBins(m, (rank) => sorted[rank], bins, m < rows.length);
  const codes = codeArray(rows.length, binned.labels.length);
  for (let i = 0; i < rows.length; i++) {
    const v = values[rows[i]];
    codes[i] = Number.isNaN(v) ? (binned.missing ?? 0) : upperBound(binned.interior, v);
  }
  return { name, kind: 'numeric', bins: binned.labels, binning: binned.binning, codes };
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
