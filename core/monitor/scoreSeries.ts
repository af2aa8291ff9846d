import type { ScoredFigure, ThresholdRule } from './types';
import { binomialSe, looRule, scoreDeviation } from './robustRule';

/**
 * One figure over a stage's windows. `deviation[w]` must already be leave-one-out for reference
 * windows (compared with the reference without w) and against the whole reference otherwise.
 */
export interface FigureSeries {
  value: number[];
  deviation: number[];
  isReference: boolean[];
  minChange: number;
  twoSided: boolean;
  /** For shares: the reference rate and the rows per window, to widen the scale of small windows. */
  binomial?: { p: number; n: number[] };
}

export function scoreSeries(series: FigureSeries): { rule: ThresholdRule; figures: ScoredFigure[] } {
  const loo = series.deviation.filter((_, w) => series.isReference[w]);
  const rule = looRule(loo, series.minChange);
  const figures = series.deviation.map((deviation, w) => {
    // At least the noise of a share of minChange: two stray values in a window of 195 rows are
    // 1% but say nothing, while 1% of 3000 rows does.
    const extra = series.binomial ? binomialSe(Math.max(series.binomial.p, series.minChange), series.binomial.n[w]) : 0;
    return { value: series.value[w], deviation, ...scoreDeviation(deviation, rule, series.twoSided, extra) };
  });
  return { rule, figures };
}
