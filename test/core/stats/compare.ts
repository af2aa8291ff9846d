import assert from 'node:assert/strict';

/**
 * Tolerance rule for comparisons with scipy: statistics within 1e-9 relative, p-values within
 * 1e-6 relative; an expected p-value below 1e-300 compares on absolute terms (|Δ| <= 1e-300).
 * `absoluteFloor` lets a p-value that scipy itself computes as 1 − cdf (absolute precision
 * ~1e-16) also pass within that absolute distance.
 */
export function assertClose(actual: number, expected: number | string, relative: number, label: string, absoluteFloor = 0): void {
  const want = typeof expected === 'string' ? Number(expected) : expected;
  if (Number.isNaN(want)) return assert.ok(Number.isNaN(actual), `${label}: expected NaN, got ${actual}`);
  if (!Number.isFinite(want)) return assert.equal(actual, want, label);
  const error = Math.abs(actual - want);
  if (Math.abs(want) < 1e-300) return assert.ok(error <= 1e-300, `${label}: ${actual} vs ${want}`);
  const ok = error <= relative * Math.abs(want) || error <= absoluteFloor;
  assert.ok(ok, `${label}: got ${actual}, scipy ${want}, relative error ${(error / Math.abs(want)).toExponential(2)}`);
}

export const STAT = 1e-9;
export const P = 1e-6;

export function sorted(values: ArrayLike<number | string>): Float64Array {
  const out = Float64Array.from(Array.from(values).map(Number).filter((v) => Number.isFinite(v)));
  return out.sort();
}
