import { gammaQ } from './incompleteGamma';

/**
 * Standard normal survival function. P(|Z| > z) = Q(1/2, z²/2), so both tails come from the
 * incomplete gamma and keep relative precision deep in the tail (no 1 − Φ cancellation).
 */
export function normalSf(z: number): number {
  if (Number.isNaN(z)) return NaN;
  const twoTails = gammaQ(0.5, (z * z) / 2);
  return z >= 0 ? twoTails / 2 : 1 - twoTails / 2;
}

export function normalCdf(z: number): number {
  return normalSf(-z);
}

/** P(|Z| >= |z|). */
export function normalTwoSidedP(z: number): number {
  if (Number.isNaN(z)) return NaN;
  return gammaQ(0.5, (z * z) / 2);
}
