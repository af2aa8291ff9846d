import type { DriftMethod } from '../../protocol';

/**
 * Fixed thresholds for the distances that have no p-value. They do not adapt to the sample
 * size, which is why they are not the default: small samples cross them by noise alone.
 * Wasserstein and energy are divided by the reference SD; JS is in natural log (max 0.83).
 */
export const DISTANCE_THRESHOLDS: Partial<Record<DriftMethod, number>> = {
  wasserstein: 0.1,
  energy: 0.1,
  js: 0.1,
  psi: 0.2,
  kl: 0.1,
  hellinger: 0.1,
  linf: 0.1,
};
