/**
 * The logged 0/1 decision of each row, or score >= the row's rule where none was logged (NaN
 * with no score). `threshold` is one rule, or each row's (per model version).
 */
export function liveDecisions(scores: ArrayLike<number>, logged: ArrayLike<number>, threshold: number | ((row: number) => number)): Float64Array {
  const ruleOf = typeof threshold === 'number' ? () => threshold : threshold;
  const out = new Float64Array(scores.length);
  for (let i = 0; i < out.length; i++) {
    const d = logged[i];
    out[i] = d === 0 || d === 1 ? d : Number.isNaN(scores[i]) ? NaN : scores[i] >= ruleOf(i) ? 1 : 0;
  }
  return out;
}
