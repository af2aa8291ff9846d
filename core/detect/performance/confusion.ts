/** Binary confusion counts; with weights, each record counts its weight instead of one. */
export interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export function confusionOf(predicted: ArrayLike<number>, labels: ArrayLike<number>, weights?: ArrayLike<number>): Confusion {
  const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (let i = 0; i < labels.length; i++) {
    const w = weights ? weights[i] : 1;
    if (predicted[i] === 1) {
      if (labels[i] === 1) c.tp += w;
      else c.fp += w;
    } else if (labels[i] === 1) c.fn += w;
    else c.tn += w;
  }
  return c;
}

/** Accuracy, precision, recall, F1 of a confusion matrix; NaN where a denominator is zero. */
export function confusionRates(c: Confusion): { accuracy: number; precision: number; recall: number; f1: number } {
  const n = c.tp + c.fp + c.fn + c.tn;
  const f1Denominator = 2 * c.tp + c.fp + c.fn;
  return {
    accuracy: n > 0 ? (c.tp + c.tn) / n : NaN,
    precision: c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : NaN,
    recall: c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : NaN,
    f1: f1Denominator > 0 ? (2 * c.tp) / f1Denominator : NaN,
  };
}
