/** The score threshold that maximizes F1 on (scores, 0/1 labels): predict positive when score >= it. */
export function bestF1Threshold(scores: Float64Array, labels: ArrayLike<number>): { threshold: number; f1: number } {
  const order = Array.from(scores.keys()).sort((a, b) => scores[b] - scores[a]);
  let positives = 0;
  for (let i = 0; i < labels.length; i++) positives += labels[i];
  let tp = 0;
  let best = { threshold: 1, f1: 0 };
  for (let k = 0; k < order.length; k++) {
    tp += labels[order[k]];
    // Only cut between distinct scores: ties must fall on the same side.
    if (k + 1 < order.length && scores[order[k + 1]] === scores[order[k]]) continue;
    const f1 = (2 * tp) / (k + 1 + positives);
    if (f1 > best.f1) best = { threshold: scores[order[k]], f1 };
  }
  return best;
}
