import type { Interval } from './types';
import { seededRandom } from '../../stats/seededRandom';
import { quantileSorted } from '../../stats/quantile';

/**
 * Percentile bootstrap: resample record indices with replacement `replicates` times and take
 * the statistic's (1-level)/2 and 1-(1-level)/2 quantiles. Replicates where the statistic is
 * undefined (NaN, e.g. one class only) are dropped; null when fewer than half remain.
 */
export function bootstrapInterval(
  n: number,
  statistic: (indices: Int32Array) => number,
  options: { level: number; replicates: number; seed: number },
): Interval | null {
  if (n < 2) return null;
  const random = seededRandom(options.seed);
  const indices = new Int32Array(n);
  const values: number[] = [];
  for (let r = 0; r < options.replicates; r++) {
    for (let i = 0; i < n; i++) indices[i] = Math.floor(random() * n);
    const value = statistic(indices);
    if (!Number.isNaN(value)) values.push(value);
  }
  if (values.length < options.replicates / 2) return null;
  const sorted = Float64Array.from(values).sort();
  const alpha = (1 - options.level) / 2;
  return {
    low: quantileSorted(sorted, alpha),
    high: quantileSorted(sorted, 1 - alpha),
    level: options.level,
    method: 'bootstrap-percentile',
    replicates: options.replicates,
    seed: options.seed,
  };
}
