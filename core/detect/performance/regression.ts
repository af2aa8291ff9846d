export function meanAbsoluteError(predictions: ArrayLike<number>, labels: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < labels.length; i++) sum += Math.abs(predictions[i] - labels[i]);
  return labels.length ? sum / labels.length : NaN;
}

export function rootMeanSquaredError(predictions: ArrayLike<number>, labels: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < labels.length; i++) sum += (predictions[i] - labels[i]) ** 2;
  return labels.length ? Math.sqrt(sum / labels.length) : NaN;
}

/** Sample standard deviation (ddof 1) of the absolute errors, for the MAE's normal interval. */
export function absoluteErrorSd(predictions: ArrayLike<number>, labels: ArrayLike<number>): number {
  const n = labels.length;
  if (n < 2) return NaN;
  const mae = meanAbsoluteError(predictions, labels);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += (Math.abs(predictions[i] - labels[i]) - mae) ** 2;
  return Math.sqrt(sum / (n - 1));
}
