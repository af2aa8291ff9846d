import type { ClassificationMetrics } from './types';
import type { IntervalOptions, LabeledSample } from './sample';
import { scoredPart, takeSample } from './sample';
import { confusionOf, confusionRates } from './confusion';
import { wilsonInterval } from './wilson';
import { rocAuc, delongInterval } from './rocAuc';
import { logLoss } from './logLoss';
import { calibrationError } from './calibrationError';
import { bootstrapInterval } from './bootstrap';
import { metricValue } from './metricValue';

/**
 * Observed metrics over a window's labeled records. `total` is every record of the window, so
 * each figure carries its label coverage. Intervals: Wilson for accuracy, precision and recall;
 * DeLong for AUC; percentile bootstrap for F1, log loss and calibration error.
 */
export function classificationMetrics(sample: LabeledSample, total: number, options: IntervalOptions): ClassificationMetrics {
  const n = sample.labels.length;
  const c = confusionOf(sample.predicted, sample.labels);
  const rates = confusionRates(c);
  const scored = scoredPart(sample);
  const m = scored.labels.length;
  const f1Of = (idx: Int32Array): number => {
    const s = takeSample(sample, idx);
    return confusionRates(confusionOf(s.predicted, s.labels)).f1;
  };
  const onScored = (metric: (scores: Float64Array, labels: Float64Array) => number) => (idx: Int32Array): number => {
    const s = takeSample(scored, idx);
    return metric(s.scores, s.labels);
  };
  return {
    task: 'classification',
    accuracy: metricValue(rates.accuracy, wilsonInterval(c.tp + c.tn, n, options.level), n, total),
    precision: metricValue(rates.precision, wilsonInterval(c.tp, c.tp + c.fp, options.level), n, total),
    recall: metricValue(rates.recall, wilsonInterval(c.tp, c.tp + c.fn, options.level), n, total),
    f1: metricValue(rates.f1, bootstrapInterval(n, f1Of, options), n, total),
    rocAuc: metricValue(rocAuc(scored.scores, scored.labels), delongInterval(scored.scores, scored.labels, options.level), m, total),
    logLoss: metricValue(logLoss(scored.scores, scored.labels), bootstrapInterval(m, onScored(logLoss), options), m, total),
    calibrationError: metricValue(
      calibrationError(scored.scores, scored.labels),
      bootstrapInterval(m, onScored((s, l) => calibrationError(s, l)), options),
      m,
      total,
    ),
  };
}
