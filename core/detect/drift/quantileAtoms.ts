/**
 * A sorted sample reduced to at most `maxAtoms` atoms: block means of consecutive sorted values,
 * each with the number of values it stands for. Exact (one atom per value) for small samples.
 * The effect-size bootstrap reweights atoms instead of resampling a million rows.
 */
export interface Atoms {
  values: Float64Array;
  sizes: Float64Array;
}

/** A few hundred atoms: the bootstrap then costs the same at 1k and 1M rows. */
export const MAX_ATOMS = 256;

export function quantileAtoms(sorted: Float64Array, maxAtoms = MAX_ATOMS): Atoms {
  const n = sorted.length;
  const k = Math.min(n, maxAtoms);
  const values = new Float64Array(k);
  const sizes = new Float64Array(k);
  for (let a = 0; a < k; a++) {
    const from = Math.floor((a * n) / k);
    const to = Math.floor(((a + 1) * n) / k);
    let sum = 0;
    for (let i = from; i < to; i++) sum += sorted[i];
    values[a] = sum / (to - from);
    sizes[a] = to - from;
  }
  return { values, sizes };
}
