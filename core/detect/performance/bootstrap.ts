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
  return bootstrapIntervals(n, 1, (indices, into) => {
    into[0] = statistic(indices);
  }, options)[0];
}

/**
 * bootstrapInterval for several statistics on the same resamples: each replicate draws its
 * indices once and `statistics` writes every statistic's value into `into`. With the same seed,
 * statistic k's interval equals bootstrapInterval of statistic k alone (the draws are the same);
 * what-if results need a dozen intervals over 500k records, and drawing the indices once per
 * replicate instead of once per statistic is most of their time.
 */
export function bootstrapIntervals(
  n: number,
  count: number,
  statistics: (indices: Int32Array, into: Float64Array) => void,
  options: { level: number; replicates: number; seed: number },
): Array<Interval | null> {
  if (n < 2) return new Array<Interval | null>(count).fill(null);
  const random = seededRandom(options.seed);
  const indices = new Int32Array(n);
  const into = new Float64Array(count);
  const values: number[][] = Array.from({ length: count }, () => []);
  for (let r = 0; r < options.replicates; r++) {
    for (let i = 0; i < n; i++) indices[i] = Math.floor(random() * n);
    into.fill(NaN);
    statistics(indices, into);
    for (let k = 0; k < count; k++) if (!Number.isNaN(into[k])) values[k].push(into[k]);
  }
  return values.map((v) => percentileInterval(v, options));
}

function percentileInterval(values: number[], options: { level: number; replicates: number; seed: number }): Interval | null {
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
