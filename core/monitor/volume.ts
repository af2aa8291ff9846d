import type { FigureSeries } from './scoreSeries';
import { median } from './robustRule';

/** A 50% rise or a one-third drop, log(1.5), is the least volume change worth a warning. */
export const VOLUME_MIN_CHANGE = Math.log(1.5);

/** Volume deviation: log((rows + 1) / (median reference rows + 1)), two-sided. */
export function volumeSeries(rows: number[], isReference: boolean[]): FigureSeries {
  const refRows = rows.filter((_, w) => isReference[w]);
  const all = median(refRows);
  const deviation = rows.map((n, w) => {
    if (!isReference[w]) return Math.log((n + 1) / (all + 1));
    const others = rows.filter((_, v) => v !== w && isReference[v]);
    return Math.log((n + 1) / (median(others) + 1));
  });
  return { value: rows, deviation, isReference, minChange: VOLUME_MIN_CHANGE, twoSided: true };
}
