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
  return {
    scores: Float64Array.from(indices, (i) => sample.scores[i]),
    predicted: Float64Array.from(indices, (i) => sample.predicted[i]),
    labels: Float64Array.from(indices, (i) => sample.labels[i]),
  };
}

/** The records that have a score: AUC, log loss and calibration need one. */
export function scoredPart(sample: LabeledSample): LabeledSample {
  const kept: number[] = [];
  for (let i = 0; i < sample.scores.length; i++) if (!Number.isNaN(sample.scores[i])) kept.push(i);
  return kept.length === sample.scores.length ? sample : takeSample(sample, kept);
}
