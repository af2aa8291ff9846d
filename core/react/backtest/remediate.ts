import type { FittedRemediation, SkipReason, FittedParameters } from '../../protocol/whatif';
import type { SliceIds } from '../threshold/sliceThresholds';
import { applyThresholds, fitThresholds } from '../threshold/sliceThresholds';
import { applyPlatt, fitPlatt } from '../recalibrate/platt';
import { applyIsotonic, fitIsotonicCalibrator } from '../recalibrate/isotonic';
import { adjustToPrior, estimatePrior, impliedTrainingPrior } from '../recalibrate/priorShift';

/** Rows of a window (or of several), as parallel arrays. */
export interface Rows {
  scores: Float64Array;
  labels: Float64Array;
  slices?: SliceIds;
}

export type FitOutcome = { parameters: FittedParameters } | { skip: SkipReason };

/**
 * Fit on `fit` (its labeled rows). The prior correction also reads the scores it will be applied
 * to, never their labels: the EM estimates the new prior from them.
 */
export function fitRemediation(remediation: FittedRemediation, fit: Rows, target: Float64Array): FitOutcome {
  if (remediation.kind === 'threshold') {
    const perSlice = remediation.perSlice && fit.slices ? { slices: fit.slices, minLabeled: remediation.perSlice.minLabeled } : undefined;
    return { parameters: fitThresholds(fit.scores, fit.labels, remediation.objective, perSlice) };
  }
  if (!hasBothClasses(fit.labels)) return { skip: 'fit-one-class' };
  switch (remediation.method) {
    case 'platt': {
      const platt = fitPlatt(fit.scores, fit.labels);
      return platt ? { parameters: { kind: 'platt', a: platt.a, b: platt.b, input: 'logit(score)' } } : { skip: 'fit-one-class' };
    }
    case 'isotonic': {
      const map = fitIsotonicCalibrator(fit.scores, fit.labels);
      return map ? { parameters: { kind: 'isotonic', x: [...map.x], y: [...map.y], between: 'linear', outside: 'clip' } } : { skip: 'fit-one-class' };
    }
    case 'prior': {
      const labeled = labeledScores(fit);
      const trainingPrior = impliedTrainingPrior(labeled, labelRate(fit.labels));
      const shift = trainingPrior === null ? null : estimatePrior(target, trainingPrior);
      if (!shift) return { skip: 'fit-one-class' };
      const ratio = shift.newPrior / shift.trainingPrior;
      return { parameters: { kind: 'prior', trainingPrior: shift.trainingPrior, newPrior: shift.newPrior, ratio, iterations: shift.iterations } };
    }
  }
}

/** New scores (unchanged for a threshold) and decisions; `decisionThreshold` is the rule in place. */
export function applyRemediation(parameters: FittedParameters, rows: Rows, decisionThreshold: number): { scores: Float64Array; decisions: Float64Array } {
  if (parameters.kind === 'threshold') {
    return { scores: rows.scores, decisions: applyThresholds(rows.scores, parameters, decisionThreshold, rows.slices) };
  }
  const map = recalibrator(parameters);
  const scores = rows.scores.map(map);
  return { scores, decisions: scores.map((s) => (s >= decisionThreshold ? 1 : 0)) };
}

function recalibrator(parameters: Exclude<FittedParameters, { kind: 'threshold' }>): (score: number) => number {
  switch (parameters.kind) {
    case 'platt':
      return (score) => applyPlatt(parameters, score);
    case 'isotonic': {
      const map = { x: Float64Array.from(parameters.x), y: Float64Array.from(parameters.y) };
      return (score) => applyIsotonic(map, score);
    }
    case 'prior':
      return (score) => adjustToPrior(score, parameters.trainingPrior, parameters.newPrior);
  }
}

function hasBothClasses(labels: Float64Array): boolean {
  let positive = false;
  let negative = false;
  for (const y of labels) {
    if (y === 1) positive = true;
    else if (y === 0) negative = true;
  }
  return positive && negative;
}

function labelRate(labels: Float64Array): number {
  let n = 0;
  let positives = 0;
  for (const y of labels) {
    if (y === 0 || y === 1) {
      n++;
      positives += y;
    }
  }
  return n ? positives / n : NaN;
}

function labeledScores(rows: Rows): number[] {
  const out: number[] = [];
  for (let i = 0; i < rows.labels.length; i++) if ((rows.labels[i] === 0 || rows.labels[i] === 1) && !Number.isNaN(rows.scores[i])) out.push(rows.scores[i]);
  return out;
}
