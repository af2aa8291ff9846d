import type { SliceFinding, SlicesResult } from '../../protocol';
import { wilsonInterval } from '../../detect/performance/wilson';

/** The rows outside a slice: how many and their mean error, with a Wilson interval for 0/1 errors. */
export interface SliceComplement {
  size: number;
  error: number;
  /** Absent for continuous errors (the result keeps no sums of squares) or an empty complement. */
  errorInterval?: [number, number];
}

/** The complement of `slice` in the rows the search ran on, from the result's totals alone. */
export function sliceComplement(result: SlicesResult, slice: SliceFinding): SliceComplement {
  const size = result.rows - slice.size;
  if (size <= 0) return { size: 0, error: NaN };
  const errorSum = Math.max(0, result.overallError * result.rows - slice.error * slice.size);
  const error = errorSum / size;
  if (result.options.errorKind !== 'binary') return { size, error };
  // Sums of 0/1 errors are counts; rounding undoes the floating-point drift of mean × rows.
  const interval = wilsonInterval(Math.round(errorSum), size, 0.95);
  return { size, error, ...(interval ? { errorInterval: [interval.low, interval.high] as [number, number] } : {}) };
}
