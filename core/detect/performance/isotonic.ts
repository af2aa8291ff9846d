/**
 * Isotonic calibration map score -> P(label = 1), fitted by pool-adjacent-violators on the
 * labeled reference, predicted by linear interpolation between the fitted points and clipped
 * outside them: what sklearn's IsotonicRegression(out_of_bounds='clip') does.
 */
export interface IsotonicMap {
  x: Float64Array;
  y: Float64Array;
}

/** `weights` (default 1 each) make a record count that many times. */
export function fitIsotonic(scores: ArrayLike<number>, labels: ArrayLike<number>, weights?: ArrayLike<number>): IsotonicMap {
  const order = Array.from({ length: scores.length }, (_, i) => i).sort((a, b) => scores[a] - scores[b]);
  // Equal scores first become one point (mean label, weighted by count), as sklearn does.
  const xs: number[] = [];
  const sums: number[] = [];
  const pointWeights: number[] = [];
  for (const i of order) {
    const last = xs.length - 1;
    const w = weights ? weights[i] : 1;
    if (last >= 0 && xs[last] === scores[i]) {
      sums[last] += w * labels[i];
      pointWeights[last] += w;
    } else {
      xs.push(scores[i]);
      sums.push(w * labels[i]);
      pointWeights.push(w);
    }
  }
  return { x: Float64Array.from(xs), y: poolAdjacentViolators(sums, pointWeights) };
}

/** Non-decreasing fit minimising weighted squared error; `sums[i] / weights[i]` are the targets. */
function poolAdjacentViolators(sums: number[], weights: number[]): Float64Array {
  const blockSum: number[] = [];
  const blockWeight: number[] = [];
  const blockSize: number[] = [];
  for (let i = 0; i < sums.length; i++) {
    blockSum.push(sums[i]);
    blockWeight.push(weights[i]);
    blockSize.push(1);
    let k = blockSum.length - 1;
    while (k > 0 && blockSum[k - 1] / blockWeight[k - 1] >= blockSum[k] / blockWeight[k]) {
      blockSum[k - 1] += blockSum[k];
      blockWeight[k - 1] += blockWeight[k];
      blockSize[k - 1] += blockSize[k];
      blockSum.pop();
      blockWeight.pop();
      blockSize.pop();
      k--;
    }
  }
  const fitted = new Float64Array(sums.length);
  let at = 0;
  for (let b = 0; b < blockSum.length; b++) fitted.fill(blockSum[b] / blockWeight[b], at, (at += blockSize[b]));
  return fitted;
}

export function applyIsotonic(map: IsotonicMap, score: number): number {
  const { x, y } = map;
  const n = x.length;
  if (n === 0 || Number.isNaN(score)) return NaN;
  if (score <= x[0]) return y[0];
  if (score >= x[n - 1]) return y[n - 1];
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (x[mid] <= score) lo = mid;
    else hi = mid;
  }
  return y[lo] + ((y[hi] - y[lo]) * (score - x[lo])) / (x[hi] - x[lo]);
}
