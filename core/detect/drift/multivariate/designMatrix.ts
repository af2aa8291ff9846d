import type { Feature } from './baseFeatures';

/** Row-major n x d matrix; column 0 is the intercept, the others standardized features. */
export interface Design {
  rows: number;
  width: number;
  values: Float64Array;
  /** The feature behind each column after the intercept. */
  features: Feature[];
}

/**
 * Stacks the features as standardized columns. Means and SDs come from the pooled rows of both
 * sides: they use no domain label, so they carry none of the signal the classifier is scored
 * on, and one standardization serves every fold and every permutation (which lets the folds
 * share one Gram matrix; see foldGram.ts). A linear score with an intercept is unchanged by
 * this rescaling except through the small ridge term. Constant features are dropped.
 */
export function designMatrix(features: readonly Feature[], rows: number): Design {
  const kept: { feature: Feature; mean: number; scale: number }[] = [];
  for (const feature of features) {
    const { mean, sd } = meanSd(feature.values);
    if (sd > 1e-12 * Math.max(1, Math.abs(mean))) kept.push({ feature, mean, scale: 1 / sd });
  }
  const width = kept.length + 1;
  const values = new Float64Array(rows * width);
  for (let i = 0; i < rows; i++) values[i * width] = 1;
  kept.forEach(({ feature, mean, scale }, j) => {
    for (let i = 0; i < rows; i++) values[i * width + j + 1] = (feature.values[i] - mean) * scale;
  });
  return { rows, width, values, features: kept.map((k) => k.feature) };
}

function meanSd(values: Float64Array): { mean: number; sd: number } {
  let mean = 0;
  for (const v of values) mean += v;
  mean /= values.length;
  let ss = 0;
  for (const v of values) ss += (v - mean) ** 2;
  return { mean, sd: Math.sqrt(ss / values.length) };
}
