/**
 * Label-prior shift (the classes' mix changes, P(score | class) does not). The new prior is
 * estimated from unlabeled scores by the EM of Saerens, Latinne and Decaestecker (2002); the
 * scores are then moved to it by the odds adjustment. Both assume the scores are posteriors
 * for some class prior `trainingPrior`, which `impliedTrainingPrior` finds from labeled data.
 */
export interface PriorShiftFit {
  trainingPrior: number;
  newPrior: number;
  iterations: number;
  converged: boolean;
}

const MAX_ITERATIONS = 1000;
const TOLERANCE = 1e-10;

/** P(1 | score) moved from prior `from` to prior `to`: the posterior odds times the prior odds ratio. */
export function adjustToPrior(score: number, from: number, to: number): number {
  if (Number.isNaN(score)) return NaN;
  const positive = (to / from) * score;
  const negative = ((1 - to) / (1 - from)) * (1 - score);
  return positive + negative > 0 ? positive / (positive + negative) : score;
}

/** Null when `trainingPrior` is 0 or 1, or there are no scores. */
export function estimatePrior(scores: ArrayLike<number>, trainingPrior: number): PriorShiftFit | null {
  const kept: number[] = [];
  for (let i = 0; i < scores.length; i++) if (!Number.isNaN(scores[i])) kept.push(scores[i]);
  if (!kept.length || !(trainingPrior > 0 && trainingPrior < 1)) return null;
  let prior = trainingPrior;
  for (let iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
    let sum = 0;
    for (const s of kept) sum += adjustToPrior(s, trainingPrior, prior);
    const next = sum / kept.length;
    const step = Math.abs(next - prior);
    prior = next;
    if (step < TOLERANCE) return { trainingPrior, newPrior: prior, iterations: iteration, converged: true };
  }
  return { trainingPrior, newPrior: prior, iterations: MAX_ITERATIONS, converged: false };
}

/**
 * The prior the scores are posteriors for, given labeled records whose label rate is `labelRate`:
 * the π0 for which moving the scores from π0 to `labelRate` leaves their mean at `labelRate`
 * (the EM's fixed point). The mean falls as π0 grows, so bisection finds it. Null when the
 * label rate is 0 or 1 or no score lies strictly between 0 and 1.
 */
export function impliedTrainingPrior(scores: ArrayLike<number>, labelRate: number): number | null {
  const kept: number[] = [];
  for (let i = 0; i < scores.length; i++) if (scores[i] > 0 && scores[i] < 1) kept.push(scores[i]);
  if (!kept.length || !(labelRate > 0 && labelRate < 1)) return null;
  const excess = (from: number) => kept.reduce((sum, s) => sum + adjustToPrior(s, from, labelRate), 0) / kept.length - labelRate;
  let lo = 1e-12;
  let hi = 1 - 1e-12;
  if (excess(lo) < 0 || excess(hi) > 0) return null;
  for (let k = 0; k < 200 && hi - lo > 1e-14; k++) {
    const mid = (lo + hi) / 2;
    if (excess(mid) > 0) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
