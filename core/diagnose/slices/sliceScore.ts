/** The constants every score of one search shares. */
export interface ScoreContext {
  alpha: number;
  /** Rows in the data (n). */
  rows: number;
  overallError: number;
  minSupport: number;
}

/**
 * SliceLine's score (Sagadeeva and Boehm, SIGMOD 2021):
 * alpha * (mean error in slice / overall mean error - 1) - (1 - alpha) * (n / size - 1).
 */
export function sliceScore(context: ScoreContext, size: number, errorSum: number): number {
  if (size <= 0) return -Infinity;
  const { alpha, rows, overallError } = context;
  return alpha * (errorSum / size / overallError - 1) - (1 - alpha) * (rows / size - 1);
}

/**
 * The largest score any slice can reach whose size is at most `sizeUB`, whose error sum is at
 * most `errorUB` and whose rows each have error at most `maxErrorUB` (for a candidate these are
 * the minimums over its parents, since a child's rows are a subset of each parent's), with size
 * at least the support floor sigma. This is the paper's Eq. 3 with n the number of rows.
 *
 * Derivation. For a fixed size s the score grows with the error sum E, and the feasible E is at
 * most min(errorUB, s * maxErrorUB). So the bound is max over s in [sigma, sizeUB] of
 *   f(s) = alpha * (min(errorUB, s * maxErrorUB) / (s * e) - 1) - (1 - alpha) * (n / s - 1).
 * Where s * maxErrorUB <= errorUB, f(s) = alpha * (maxErrorUB / e - 1) - (1 - alpha) * (n / s - 1)
 * grows with s. Where s * maxErrorUB >= errorUB, f(s) = c / s + const with
 * c = alpha * errorUB / e - (1 - alpha) * n, monotone in s. A function that is monotone on each
 * side of s* = errorUB / maxErrorUB peaks at s*, sigma or sizeUB; so evaluating those three
 * points (s* clamped into the range) gives the exact maximum, the tightest valid bound.
 */
export function scoreUpperBound(context: ScoreContext, sizeUB: number, errorUB: number, maxErrorUB: number): number {
  const sigma = context.minSupport;
  if (sizeUB < sigma || errorUB <= 0 || maxErrorUB <= 0) return -Infinity;
  const kink = Math.min(sizeUB, Math.max(sigma, errorUB / maxErrorUB));
  const at = (s: number) => sliceScore(context, s, Math.min(errorUB, s * maxErrorUB));
  return Math.max(at(sigma), at(sizeUB), at(kink));
}
