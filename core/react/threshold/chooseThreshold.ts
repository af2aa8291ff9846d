import type { CostMatrix, ThresholdObjective } from '../../protocol/whatif';
import type { ThresholdSweep } from './sweep';
import { justAbove, thresholdSweep } from './sweep';

export interface ThresholdChoice {
  /** Positive when score >= threshold; null when no candidate meets the objective. */
  threshold: number | null;
  /** The objective's value at that threshold on the fitting records (F1, precision, recall or mean cost). */
  value: number | null;
}

/** How ties are broken, for the result's assumptions. */
export const THRESHOLD_TIE_RULE =
  'thresholds are the distinct logged scores and a record is positive when score >= threshold, so equal scores always get the same decision; ' +
  'when several thresholds score the same on the objective, the highest (fewest positives) is chosen';

/** Exact over every distinct score: sort once, sweep. */
export function chooseThreshold(scores: ArrayLike<number>, labels: ArrayLike<number>, objective: ThresholdObjective): ThresholdChoice {
  const sweep = thresholdSweep(scores, labels);
  switch (objective.kind) {
    case 'f1':
      return bestF1(sweep);
    case 'precision':
      return smallestReachingPrecision(sweep, objective.target);
    case 'recall':
      return largestReachingRecall(sweep, objective.target);
    case 'cost':
      return leastCost(sweep, objective.costs);
  }
}

function bestF1(s: ThresholdSweep): ThresholdChoice {
  let best: ThresholdChoice = { threshold: null, value: null };
  for (let k = 0; k < s.thresholds.length; k++) {
    const f1 = (2 * s.tp[k]) / (s.tp[k] + s.fp[k] + s.positives);
    // Strictly greater: candidates run from the highest threshold down, so ties keep the highest.
    if (s.positives > 0 && (best.value === null || f1 > best.value)) best = { threshold: s.thresholds[k], value: f1 };
  }
  return best;
}

function smallestReachingPrecision(s: ThresholdSweep, target: number): ThresholdChoice {
  let chosen: ThresholdChoice = { threshold: null, value: null };
  for (let k = 0; k < s.thresholds.length; k++) {
    const precision = s.tp[k] / (s.tp[k] + s.fp[k]);
    if (precision >= target) chosen = { threshold: s.thresholds[k], value: precision };
  }
  return chosen;
}

function largestReachingRecall(s: ThresholdSweep, target: number): ThresholdChoice {
  if (s.positives === 0) return { threshold: null, value: null };
  for (let k = 0; k < s.thresholds.length; k++) {
    const recall = s.tp[k] / s.positives;
    if (recall >= target) return { threshold: s.thresholds[k], value: recall };
  }
  return { threshold: null, value: null };
}

export function meanCost(costs: CostMatrix, tp: number, fp: number, fn: number, tn: number): number {
  const n = tp + fp + fn + tn;
  const total = costs.falsePositive * fp + costs.falseNegative * fn + (costs.truePositive ?? 0) * tp + (costs.trueNegative ?? 0) * tn;
  return n > 0 ? total / n : NaN;
}

function leastCost(s: ThresholdSweep, costs: CostMatrix): ThresholdChoice {
  const k0 = s.thresholds.length;
  if (k0 === 0) return { threshold: null, value: null };
  // Flagging nothing is a candidate too, above every score.
  let best: ThresholdChoice = { threshold: justAbove(s.thresholds[0]), value: meanCost(costs, 0, 0, s.positives, s.negatives) };
  for (let k = 0; k < k0; k++) {
    const cost = meanCost(costs, s.tp[k], s.fp[k], s.positives - s.tp[k], s.negatives - s.fp[k]);
    if (cost < best.value!) best = { threshold: s.thresholds[k], value: cost };
  }
  return best;
}
