/**
 * A logistic regression on standardized inputs: score = sigmoid(b + sum_j w_j (x_j - mean_j) / scale_j).
 * The demo's fitted LogisticModel has this shape.
 */
export interface LogisticGraph {
  /** Input column names, in the order of mean, scale and weights. */
  inputs: string[];
  mean: number[];
  scale: number[];
  weights: number[];
  intercept: number;
  /** Scores at or above this are predicted positive. */
  threshold?: number;
  version?: string;
}
