import type { FeatureTerm } from '../react/model/featureTerm';
import type { FeatureOutput } from './features';

/** The model reads the logged features (so a bug in the features stage reaches the score). */
export const MODEL_INPUTS = [
  'dep_hour',
  'dep_hour_squared',
  'weekend',
  'log_distance',
  'origin_hub',
  'origin_prior_delay_rate',
  'dest_prior_delay_rate',
];

/**
 * How the two inputs the features stage does not log are derived from the columns it does log,
 * the same as modelInputs below: the ONNX export recomputes them so it scores the logs as they are.
 */
export const DERIVED_INPUTS: Record<string, FeatureTerm> = {
  dep_hour_squared: { kind: 'square', column: 'dep_hour' },
  weekend: { kind: 'atLeast', column: 'day_of_week', value: 5 },
};

/** Input columns, in MODEL_INPUTS order, for the feature rows at `rows`. */
export function modelInputs(features: FeatureOutput, rows: ArrayLike<number>): Float64Array[] {
  const pick = (source: Float64Array, f: (v: number) => number = (v) => v): Float64Array =>
    Float64Array.from({ length: rows.length }, (_, i) => f(source[rows[i]]));
  return [
    pick(features.depHour),
    pick(features.depHour, (h) => h * h),
    pick(features.dayOfWeek, (d) => (d >= 5 ? 1 : 0)),
    pick(features.logDistance),
    pick(features.originHub),
    pick(features.originPriorDelayRate),
    pick(features.destPriorDelayRate),
  ];
}
