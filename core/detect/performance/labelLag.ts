import type { LagQuantiles } from './types';
import { quantileSorted } from '../../stats/quantile';

/** Quantiles (numpy's linear rule) of label time - prediction time over the given records. */
export function labelLag(indices: ArrayLike<number>, times: Float64Array, labelTimes: Float64Array | undefined): LagQuantiles | null {
  if (!labelTimes) return null;
  const lags: number[] = [];
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k];
    const lag = labelTimes[i] - times[i];
    if (Number.isFinite(lag)) lags.push(lag);
  }
  if (!lags.length) return null;
  const sorted = Float64Array.from(lags).sort();
  return {
    p50: quantileSorted(sorted, 0.5),
    p90: quantileSorted(sorted, 0.9),
    p99: quantileSorted(sorted, 0.99),
    max: sorted[sorted.length - 1],
    count: sorted.length,
  };
}
