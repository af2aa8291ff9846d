/** Level of every effect-size interval. */
export const INTERVAL_LEVEL = 0.95;

/**
 * Percentile bootstrap interval shifted by the bootstrap's own bias estimate, clipped at 0:
 * distances are biased upward in small samples (two draws of the same distribution are never at
 * distance 0), and the shift keeps the interval around the estimate instead of above it.
 */
export function bootstrapInterval(estimate: number, replicates: Float64Array, plugIn = estimate): [number, number] {
  const sorted = Float64Array.from(replicates).sort();
  const n = sorted.length;
  const mean = sorted.reduce((s, v) => s + v, 0) / n;
  const bias = mean - plugIn;
  const tail = (1 - INTERVAL_LEVEL) / 2;
  const lo = sorted[Math.floor(tail * (n - 1))] - bias;
  const hi = sorted[Math.ceil((1 - tail) * (n - 1))] - bias;
  return [Math.max(0, Math.min(lo, estimate)), Math.max(hi, estimate)];
}
