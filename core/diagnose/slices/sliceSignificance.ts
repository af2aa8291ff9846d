import type { SliceSums } from './evaluatedSlices';
import { wilsonInterval } from '../../detect/performance/wilson';
import { twoSidedZ } from '../../detect/performance/normal';
import { normalTwoSidedP } from '../../stats/special/normal';

/** The data's totals, which every slice is tested against (slice vs. the rest). */
export interface Totals {
  rows: number;
  errorSum: number;
  errorSquares: number;
  binary: boolean;
}

/** 95% interval of a slice's mean error: Wilson for 0/1 errors, mean ± z·SE otherwise. */
export function errorInterval(slice: SliceSums, binary: boolean): [number, number] {
  if (binary) {
    const w = wilsonInterval(slice.errorSum, slice.size, 0.95);
    return w ? [w.low, w.high] : [NaN, NaN];
  }
  const mean = slice.errorSum / slice.size;
  const half = twoSidedZ(0.95) * Math.sqrt(sampleVariance(slice.size, slice.errorSum, slice.errorSquares) / slice.size);
  return [Math.max(0, mean - half), mean + half];
}

/**
 * Two-sided p-value of the slice's mean error against its complement's: the pooled
 * two-proportion z-test for 0/1 errors, Welch's statistic with a normal reference otherwise
 * (slices have at least 10 rows, where t and normal tails differ little at these p-values).
 */
export function complementPValue(slice: SliceSums, totals: Totals): number {
  const n2 = totals.rows - slice.size;
  if (n2 <= 0) return 1;
  const s2 = totals.errorSum - slice.errorSum;
  const m1 = slice.errorSum / slice.size;
  const m2 = s2 / n2;
  let variance: number;
  if (totals.binary) {
    const pooled = totals.errorSum / totals.rows;
    variance = pooled * (1 - pooled) * (1 / slice.size + 1 / n2);
  } else {
    const v1 = sampleVariance(slice.size, slice.errorSum, slice.errorSquares);
    const v2 = sampleVariance(n2, s2, totals.errorSquares - slice.errorSquares);
    variance = v1 / slice.size + v2 / n2;
  }
  if (!(variance > 0)) return m1 === m2 ? 1 : 0;
  return normalTwoSidedP((m1 - m2) / Math.sqrt(variance));
}

function sampleVariance(n: number, sum: number, squares: number): number {
  if (n < 2) return 0;
  return Math.max(0, (squares - (sum * sum) / n) / (n - 1));
}
