import type { EstimatedValue, PerformanceEstimate } from './types';
import type { IntervalOptions } from './sample';
import type { IsotonicMap } from './isotonic';
import { applyIsotonic } from './isotonic';
import { confusionRates, type Confusion } from './confusion';
import { softAuc } from './softAuc';
import { averageRanks } from './ranks';
import { aucFromRanks } from './rocAuc';
import { seededRandom } from '../../stats/seededRandom';
import { estimatedValue } from './estimatedValue';

export const CBPE_ASSUMPTIONS = [
  'Scores calibrated on the labeled reference (isotonic regression) are the true probability of the positive class in this window too: the input mix may shift, but P(label | score) must not (no concept drift).',
  'Labels are independent of each other given the scores; the interval covers the randomness of the labels only, not the error of a calibration fitted on a small reference.',
  'Binary task: the score is the model score for the positive class.',
];

/**
 * Confidence-based performance estimation (NannyML's CBPE): with calibrated probabilities p,
 * a predicted positive is a true positive with probability p, a predicted negative a false
 * negative with probability p, so the expected confusion matrix gives the metrics. The
 * interval draws labels from Bernoulli(p) and takes the realized metrics' percentiles.
 */
export function cbpeEstimate(
  window: { scores: ArrayLike<number>; predicted: ArrayLike<number> },
  calibration: IsotonicMap,
  options: IntervalOptions,
): PerformanceEstimate {
  const kept: number[] = [];
  for (let i = 0; i < window.scores.length; i++) if (!Number.isNaN(window.scores[i]) && !Number.isNaN(window.predicted[i])) kept.push(i);
  const scores = Float64Array.from(kept, (i) => window.scores[i]);
  const predicted = Float64Array.from(kept, (i) => window.predicted[i]);
  const p = scores.map((s) => applyIsotonic(calibration, s));
  const expected = confusionRates(expectedConfusion(p, predicted));
  const auc = softAuc(scores, p, p.map((v) => 1 - v));
  const draws = simulateRealized(scores, predicted, p, options);
  const interval = (values: number[], point: number): EstimatedValue => estimatedValue(point, values, options, 'monte-carlo');
  return {
    estimated: true,
    method: 'cbpe',
    assumptions: CBPE_ASSUMPTIONS,
    accuracy: interval(draws.accuracy, expected.accuracy),
    precision: interval(draws.precision, expected.precision),
    recall: interval(draws.recall, expected.recall),
    f1: interval(draws.f1, expected.f1),
    rocAuc: interval(draws.rocAuc, auc),
  };
}

function expectedConfusion(p: Float64Array, predicted: Float64Array): Confusion {
  const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (let i = 0; i < p.length; i++) {
    if (predicted[i] === 1) {
      c.tp += p[i];
      c.fp += 1 - p[i];
    } else {
      c.fn += p[i];
      c.tn += 1 - p[i];
    }
  }
  return c;
}

type Draws = Record<'accuracy' | 'precision' | 'recall' | 'f1' | 'rocAuc', number[]>;

function simulateRealized(scores: Float64Array, predicted: Float64Array, p: Float64Array, options: IntervalOptions): Draws {
  const random = seededRandom(options.seed);
  const ranks = averageRanks(scores);
  const labels = new Float64Array(p.length);
  const draws: Draws = { accuracy: [], precision: [], recall: [], f1: [], rocAuc: [] };
  for (let r = 0; r < options.replicates; r++) {
    const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
    for (let i = 0; i < p.length; i++) {
      labels[i] = random() < p[i] ? 1 : 0;
      if (predicted[i] === 1) labels[i] === 1 ? c.tp++ : c.fp++;
      else labels[i] === 1 ? c.fn++ : c.tn++;
    }
    const rates = confusionRates(c);
    draws.accuracy.push(rates.accuracy);
    draws.precision.push(rates.precision);
    draws.recall.push(rates.recall);
    draws.f1.push(rates.f1);
    draws.rocAuc.push(aucFromRanks(ranks, labels));
  }
  return draws;
}
