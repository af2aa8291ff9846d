import type { AgeCell } from './ageCells';

/** Each cell's mean of `values` over its rows. */
export function cellMeans(cells: readonly AgeCell[], values: Float64Array): Float64Array {
  return Float64Array.from(cells, (c) => {
    let sum = 0;
    for (const i of c.rows) sum += values[i];
    return c.rows.length ? sum / c.rows.length : NaN;
  });
}

/**
 * One bootstrap replicate of the cell means: each cell's records resampled with replacement
 * within the cell, so every version-day keeps its size and the age structure stays fixed.
 * A plain loop: it runs once per replicate over every labeled record.
 */
export function resampledCellMeans(cells: readonly AgeCell[], values: Float64Array, random: () => number): Float64Array {
  const out = new Float64Array(cells.length);
  for (let k = 0; k < cells.length; k++) {
    const rows = cells[k].rows;
    const n = rows.length;
    let sum = 0;
    for (let j = 0; j < n; j++) sum += values[rows[Math.floor(random() * n)]];
    out[k] = n ? sum / n : NaN;
  }
  return out;
}
