import { erfc } from './erfc';

/**
 * Standard normal survival function: P(Z > z) = erfc(z / √2) / 2, which keeps relative
 * precision deep in the upper tail (no 1 − Φ cancellation).
 */
export function normalSf(z: number): number {
  if (Number.isNaN(z)) return NaN;
  return erfc(z / Math.SQRT2) / 2;
}

export function normalCdf(z: number): number {
  return normalSf(-z);
}

/** P(|Z| >= |z|). */
export function normalTwoSidedP(z: number): number {
  if (Number.isNaN(z)) return NaN;
  return erfc(Math.abs(z) / Math.SQRT2);
}
