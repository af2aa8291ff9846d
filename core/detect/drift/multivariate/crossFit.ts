import type { Design } from './designMatrix';
import { cholesky, choleskySolve } from './cholesky';
import { RIDGE_PER_ROW } from './settings';

/**
 * A cross-fitted ridge least-squares discriminant (the linear probability model; on two
 * classes its direction is Fisher's discriminant). Logistic regression would rank rows much
 * the same, but least squares has a closed form whose Gram matrix X'X does not depend on the
 * labels: each fold's factor is computed once, and every label permutation then costs one
 * X'y and one solve per fold, which is what makes a few hundred cross-fitted permutations
 * affordable at thousands of rows.
 */
export interface CrossFit {
  design: Design;
  fold: Int32Array;
  folds: number;
  /** Cholesky factor of each fold's training Gram matrix plus the ridge term. */
  factors: Float64Array[];
}

export function prepareCrossFit(design: Design, fold: Int32Array, folds: number): CrossFit {
  const d = design.width;
  const perFold = Array.from({ length: folds }, () => new Float64Array(d * d));
  const counts = new Float64Array(folds);
  for (let i = 0; i < design.rows; i++) {
    const gram = perFold[fold[i]];
    counts[fold[i]]++;
    const base = i * d;
    // Upper triangle only: this loop is n·d²/2 multiply-adds, the costliest step of the test.
    for (let a = 0; a < d; a++) {
      const xa = design.values[base + a];
      if (xa === 0) continue;
      const row = a * d;
      for (let b = a; b < d; b++) gram[row + b] += xa * design.values[base + b];
    }
  }
  const total = new Float64Array(d * d);
  for (const gram of perFold) for (let k = 0; k < d * d; k++) total[k] += gram[k];
  const factors = perFold.map((gram, k) => {
    const training = new Float64Array(d * d);
    const ridge = RIDGE_PER_ROW * (design.rows - counts[k]);
    for (let a = 0; a < d; a++) {
      for (let b = a; b < d; b++) {
        const value = total[a * d + b] - gram[a * d + b] + (a === b && a > 0 ? ridge : 0);
        training[a * d + b] = value;
        training[b * d + a] = value;
      }
    }
    return cholesky(training, d);
  });
  return { design, fold, folds, factors };
}

/** Out-of-fold scores for labels y (1 = current): each row scored by the model fitted without its fold. */
export function outOfFoldScores(fit: CrossFit, y: Uint8Array): Float64Array {
  return scoreRows(fit, foldCoefficients(fit, y));
}

/** Per fold, the coefficients fitted on the other folds (intercept first, then the design's features). */
export function foldCoefficients(fit: CrossFit, y: Uint8Array): Float64Array[] {
  const { design, fold, folds } = fit;
  const d = design.width;
  const perFold = Array.from({ length: folds }, () => new Float64Array(d));
  for (let i = 0; i < design.rows; i++) {
    if (y[i] === 0) continue;
    const xy = perFold[fold[i]];
    const base = i * d;
    for (let a = 0; a < d; a++) xy[a] += design.values[base + a];
  }
  const total = new Float64Array(d);
  for (const xy of perFold) for (let a = 0; a < d; a++) total[a] += xy[a];
  return perFold.map((xy, k) => choleskySolve(fit.factors[k], d, total.map((v, a) => v - xy[a])));
}

export function scoreRows(fit: CrossFit, coefficients: Float64Array[]): Float64Array {
  const { design, fold } = fit;
  const d = design.width;
  const scores = new Float64Array(design.rows);
  for (let i = 0; i < design.rows; i++) {
    const beta = coefficients[fold[i]];
    const base = i * d;
    let s = 0;
    for (let a = 0; a < d; a++) s += beta[a] * design.values[base + a];
    scores[i] = s;
  }
  return scores;
}
