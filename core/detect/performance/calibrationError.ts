export const CALIBRATION_BINS = 10;

/**
 * Expected calibration error: over equal-width score bins, the record-weighted mean of
 * |observed positive rate - mean score|. Bins are assigned as sklearn's calibration_curve
 * (strategy 'uniform') does: bin k holds scores in (k/B, (k+1)/B], the first bin also 0.
 */
export function calibrationError(scores: ArrayLike<number>, labels: ArrayLike<number>, bins = CALIBRATION_BINS): number {
  const n = labels.length;
  if (n === 0) return NaN;
  const count = new Float64Array(bins);
  const positive = new Float64Array(bins);
  const scoreSum = new Float64Array(bins);
  for (let i = 0; i < n; i++) {
    const b = binOf(scores[i], bins);
    count[b]++;
    positive[b] += labels[i];
    scoreSum[b] += scores[i];
  }
  let ece = 0;
  for (let b = 0; b < bins; b++) if (count[b] > 0) ece += Math.abs(positive[b] - scoreSum[b]);
  return ece / n;
}

/** The number of inner edges strictly below the score (numpy searchsorted, side 'left'). */
function binOf(score: number, bins: number): number {
  const step = 1 / bins;
  let b = 0;
  while (b < bins - 1 && (b + 1) * step < score) b++;
  return b;
}
