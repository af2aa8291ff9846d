/**
 * Half the 95% chi-squared(1) cutoff: onsets whose profile log-likelihood is within this of the
 * best form the interval (a likelihood ratio of at least e^-1.92 = 0.15 against the best).
 */
export const ONSET_LOG_LIKELIHOOD_MARGIN = 1.92;

export interface MeanShift {
  /** Index of the first value of the shifted segment (1..n-1). */
  index: number;
  /** Every candidate index whose log-likelihood is within the margin of the best: [first, last]. */
  interval: [number, number];
  /** Means before and from the change. */
  before: number;
  after: number;
  /** Residual sum of squares per candidate index (NaN where not a candidate). */
  sse: Float64Array;
}

/**
 * A single change in mean fitted by least squares: for each split k, the residual sum of squares
 * of the two segments about their own means, from prefix sums of x and x^2 (values centred first
 * so the subtraction does not lose precision). With Gaussian noise of unknown common variance the
 * profile log-likelihood of split k is -n/2 log(SSE(k)/n), so the best split has the least SSE.
 * `increase` keeps only splits whose later segment has the larger mean (an alert is a rise).
 * Undefined when fewer than 3 values or no split qualifies.
 */
export function meanShift(values: ArrayLike<number>, options: { increase?: boolean; margin?: number } = {}): MeanShift | undefined {
  const n = values.length;
  if (n < 3) return undefined;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += values[i];
  mean /= n;
  const sum = new Float64Array(n + 1);
  const squares = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    const x = values[i] - mean;
    sum[i + 1] = sum[i] + x;
    squares[i + 1] = squares[i] + x * x;
  }
  const total = squares[n];
  const sse = new Float64Array(n).fill(NaN);
  let best = -1;
  for (let k = 1; k < n; k++) {
    const left = sum[k];
    const right = sum[n] - left;
    if (options.increase && right / (n - k) <= left / k) continue;
    sse[k] = Math.max(0, total - (left * left) / k - (right * right) / (n - k));
    if (best < 0 || sse[k] < sse[best]) best = k;
  }
  if (best < 0) return undefined;
  return { index: best, interval: likelihoodInterval(sse, best, n, total, options.margin ?? ONSET_LOG_LIKELIHOOD_MARGIN), before: mean + sum[best] / best, after: mean + (sum[n] - sum[best]) / (n - best), sse };
}

function likelihoodInterval(sse: Float64Array, best: number, n: number, total: number, margin: number): [number, number] {
  // A perfect step has SSE 0 and an infinite log-likelihood; a floor far below any real noise keeps the arithmetic finite.
  const floor = 1e-12 * Math.max(total, 1e-300);
  const logLik = (k: number): number => (-n / 2) * Math.log(Math.max(sse[k], floor) / n);
  const top = logLik(best);
  let first = best;
  let last = best;
  for (let k = 1; k < n; k++) {
    if (Number.isNaN(sse[k]) || top - logLik(k) > margin) continue;
    first = Math.min(first, k);
    last = Math.max(last, k);
  }
  return [first, last];
}
