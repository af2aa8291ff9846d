import type { EstimatedValue, IntervalMethod } from './types';
import type { IntervalOptions } from './sample';
import { quantileSorted } from '../../stats/quantile';

/** A point estimate with the percentile interval of its simulated or resampled draws. */
export function estimatedValue(point: number, draws: number[], options: IntervalOptions, method: IntervalMethod): EstimatedValue {
  if (!Number.isFinite(point)) return { value: null, interval: null };
  const defined = Float64Array.from(draws.filter((v) => !Number.isNaN(v))).sort();
  if (defined.length < options.replicates / 2) return { value: point, interval: null };
  const alpha = (1 - options.level) / 2;
  return {
    value: point,
    interval: {
      low: quantileSorted(defined, alpha),
      high: quantileSorted(defined, 1 - alpha),
      level: options.level,
      method,
      replicates: options.replicates,
      seed: options.seed,
    },
  };
}
