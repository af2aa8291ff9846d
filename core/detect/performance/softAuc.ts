/**
 * AUC where each record counts `positive[i]` as a positive and `negative[i]` as a negative:
 * Σ over pairs i≠j of positive[i]·negative[j]·[s_i > s_j, ½ if tied], over Σ positive[i]·negative[j].
 * With 0/1 labels times weights it is the weighted Mann-Whitney AUC (reweighting); with
 * calibrated probabilities p and 1-p it is CBPE's expected AUC.
 */
export function softAuc(scores: ArrayLike<number>, positive: ArrayLike<number>, negative: ArrayLike<number>): number {
  const n = scores.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[a] - scores[b]);
  let negativeBelow = 0;
  let numerator = 0;
  let totalPositive = 0;
  let selfPairs = 0;
  let i = 0;
  while (i < n) {
    let groupPositive = 0;
    let groupNegative = 0;
    let j = i;
    for (; j < n && scores[order[j]] === scores[order[i]]; j++) {
      const k = order[j];
      groupPositive += positive[k];
      groupNegative += negative[k];
      selfPairs += positive[k] * negative[k];
    }
    numerator += groupPositive * negativeBelow + 0.5 * groupPositive * groupNegative;
    negativeBelow += groupNegative;
    totalPositive += groupPositive;
    i = j;
  }
  const denominator = totalPositive * negativeBelow - selfPairs;
  return denominator > 0 ? (numerator - 0.5 * selfPairs) / denominator : NaN;
}
