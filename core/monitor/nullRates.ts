import type { FigureSeries } from './scoreSeries';

/** Two percentage points more nulls is the least change worth a warning. */
export const NULL_MIN_CHANGE = 0.02;

/** Null-rate deviation: window rate minus the pooled reference rate (without the window itself). */
export function nullSeries(nulls: number[], rows: number[], isReference: boolean[]): FigureSeries {
  let refNulls = 0;
  let refRows = 0;
  nulls.forEach((n, w) => {
    if (isReference[w]) {
      refNulls += n;
      refRows += rows[w];
    }
  });
  const rate = (n: number, of: number): number => (of > 0 ? n / of : 0);
  const value = nulls.map((n, w) => rate(n, rows[w]));
  const deviation = value.map((v, w) => (isReference[w] ? v - rate(refNulls - nulls[w], refRows - rows[w]) : v - rate(refNulls, refRows)));
  return { value, deviation, isReference, minChange: NULL_MIN_CHANGE, twoSided: false, binomial: { p: rate(refNulls, refRows), n: rows } };
}
