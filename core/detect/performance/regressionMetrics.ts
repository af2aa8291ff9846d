import type { RegressionMetrics } from './types';
import type { IntervalOptions, LabeledSample } from './sample';
import { takeSample } from './sample';
import { absoluteErrorSd, meanAbsoluteError, rootMeanSquaredError } from './regression';
import { bootstrapInterval } from './bootstrap';
import { twoSidedZ } from './normal';
import { metricValue } from './metricValue';

/**
 * MAE with a normal interval (mean ± z·sd/√n; a t interval would be a little wider under about
 * 30 records) and RMSE with a percentile bootstrap.
 */
export function regressionMetrics(sample: LabeledSample, total: number, options: IntervalOptions): RegressionMetrics {
  const n = sample.labels.length;
  const mae = meanAbsoluteError(sample.scores, sample.labels);
  const half = (twoSidedZ(options.level) * absoluteErrorSd(sample.scores, sample.labels)) / Math.sqrt(n);
  const maeInterval = Number.isFinite(half) ? { low: Math.max(0, mae - half), high: mae + half, level: options.level, method: 'normal' as const } : null;
  const rmseOf = (idx: Int32Array): number => {
    const s = takeSample(sample, idx);
    return rootMeanSquaredError(s.scores, s.labels);
  };
  return {
    task: 'regression',
    mae: metricValue(mae, maeInterval, n, total),
    rmse: metricValue(rootMeanSquaredError(sample.scores, sample.labels), bootstrapInterval(n, rmseOf, options), n, total),
  };
}
