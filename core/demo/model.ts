import { solveLinear } from './solveLinear';

/** A logistic regression on standardized inputs, fitted by IRLS (Newton's method). */
export interface LogisticModel {
  version: string;
  inputs: string[];
  mean: number[];
  scale: number[];
  /** Coefficients on standardized inputs. */
  weights: number[];
  intercept: number;
  /** Scores at or above this are predicted positive. */
  threshold: number;
}

export interface FitOptions {
  iterations?: number;
  /** Ridge penalty on standardized weights; tiny, only to keep the Newton step well posed. */
  l2?: number;
  tolerance?: number;
}

/**
 * Fits P(y = 1 | x) = sigmoid(b0 + sum_j w_j z_j), z_j the standardized x_j. `x` is one array
 * per input (columns), `y` is 0/1.
 */
export function fitLogistic(
  version: string,
  inputs: string[],
  x: Float64Array[],
  y: ArrayLike<number>,
  { iterations = 25, l2 = 1e-6, tolerance = 1e-10 }: FitOptions = {},
): LogisticModel {
  const { mean, scale } = standardization(x);
  const z = x.map((col, j) => col.map((v) => (v - mean[j]) / scale[j]));
  const p = z.length + 1;
  const beta = new Float64Array(p);
  for (let iter = 0; iter < iterations; iter++) {
    const { hessian, gradient } = newtonSystem(z, y, beta, l2);
    const step = solveLinear(hessian, gradient, p);
    let size = 0;
    for (let j = 0; j < p; j++) {
      beta[j] += step[j];
      size = Math.max(size, Math.abs(step[j]));
    }
    if (size < tolerance) break;
  }
  return { version, inputs, mean, scale, intercept: beta[0], weights: Array.from(beta.subarray(1)), threshold: 0.5 };
}

/** The coefficients on the original (unstandardized) inputs: [intercept, ...slopes]. */
export function rawCoefficients(model: LogisticModel): number[] {
  const slopes = model.weights.map((w, j) => w / model.scale[j]);
  const intercept = model.intercept - slopes.reduce((s, b, j) => s + b * model.mean[j], 0);
  return [intercept, ...slopes];
}

/** Scores of every row (columns in the model's input order). */
export function predictScores(model: LogisticModel, x: Float64Array[]): Float64Array {
  const n = x.length ? x[0].length : 0;
  const eta = new Float64Array(n).fill(model.intercept);
  model.weights.forEach((w, j) => {
    const col = x[j];
    const m = model.mean[j];
    const k = w / model.scale[j];
    for (let i = 0; i < n; i++) eta[i] += k * (col[i] - m);
  });
  return eta.map(sigmoid);
}

export function sigmoid(eta: number): number {
  return 1 / (1 + Math.exp(-eta));
}

function standardization(x: Float64Array[]): { mean: number[]; scale: number[] } {
  const mean = x.map((col) => col.reduce((s, v) => s + v, 0) / col.length);
  const scale = x.map((col, j) => {
    const variance = col.reduce((s, v) => s + (v - mean[j]) ** 2, 0) / col.length;
    // A constant input gets scale 1 so its standardized value is 0 and its weight stays 0.
    return variance > 0 ? Math.sqrt(variance) : 1;
  });
  return { mean, scale };
}

/** H = X'WX + l2*I (no penalty on the intercept), g = X'(y - p), with X = [1, z]. */
function newtonSystem(z: Float64Array[], y: ArrayLike<number>, beta: Float64Array, l2: number): { hessian: Float64Array; gradient: Float64Array } {
  const p = z.length + 1;
  const n = y.length;
  const hessian = new Float64Array(p * p);
  const gradient = new Float64Array(p);
  const row = new Float64Array(p);
  row[0] = 1;
  // Hot loop over rows: plain indexed loops, no per-row allocation.
  for (let i = 0; i < n; i++) {
    let eta = beta[0];
    for (let j = 1; j < p; j++) {
      row[j] = z[j - 1][i];
      eta += beta[j] * row[j];
    }
    const prob = sigmoid(eta);
    const w = prob * (1 - prob);
    const r = y[i] - prob;
    for (let a = 0; a < p; a++) {
      gradient[a] += row[a] * r;
      const wa = w * row[a];
      for (let b = a; b < p; b++) hessian[a * p + b] += wa * row[b];
    }
  }
  for (let a = 0; a < p; a++) {
    for (let b = 0; b < a; b++) hessian[a * p + b] = hessian[b * p + a];
    if (a > 0) {
      hessian[a * p + a] += l2 * n;
      gradient[a] -= l2 * n * beta[a];
    }
  }
  return { hessian, gradient };
}
