/** The labeled records of a window, as parallel arrays. */
export interface LabeledSample {
  /** P(label = 1) for classification, the predicted value for regression; NaN if not logged. */
  scores: Float64Array;
  /** Predicted class 0 / 1 (classification only). */
  predicted: Float64Array;
  /** 0 / 1 for classification, the true value for regression. */
  labels: Float64Array;
}

export interface IntervalOptions {
  level: number;
  replicates: number;
  seed: number;
}

export function takeSample(sample: LabeledSample, indices: ArrayLike<number>): LabeledSample {
  // A plain loop: Float64Array.from(indices, map) goes through the iterator protocol and a
  // callback per element, and this runs once per bootstrap replicate (monitoring the demo
  // spent 95% of its time here).
  const n = indices.length;
  const out: LabeledSample = { scores: new Float64Array(n), predicted: new Float64Array(n), labels: new Float64Array(n) };
  for (let k = 0; k < n; k++) {
    const i = indices[k];
    out.scores[k] = sample.scores[i];
    out.predicted[k] = sample.predicted[i];
    out.labels[k] = sample.labels[i];
  }
  return out;
}

/** The records that have a score: AUC, log loss and calibration need one. */
export function scoredPart(sample: LabeledSample): LabeledSample {
  const kept: number[] = [];
  for (let i = 0; i < sample.scores.length; i++) if (!Number.isNaN(sample.scores[i])) kept.push(i);
  return kept.length === sample.scores.length ? sample : takeSample(sample, kept);
}
