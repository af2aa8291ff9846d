/**
 * Every distinct decision a threshold can make on labeled scores: candidate k is "positive when
 * score >= thresholds[k]", with the confusion counts it gives. Candidates are the distinct
 * scores, highest first, so records with equal scores always get the same decision; the last
 * candidate, `allNegative`, is the rule that flags nothing.
 */
export interface ThresholdSweep {
  thresholds: Float64Array;
  tp: Float64Array;
  fp: Float64Array;
  positives: number;
  negatives: number;
}

/** Sort once (descending), then one pass accumulating counts at each distinct score. */
export function thresholdSweep(scores: ArrayLike<number>, labels: ArrayLike<number>, weights?: ArrayLike<number>): ThresholdSweep {
  const kept: number[] = [];
  for (let i = 0; i < labels.length; i++) if ((labels[i] === 0 || labels[i] === 1) && !Number.isNaN(scores[i])) kept.push(i);
  kept.sort((a, b) => scores[b] - scores[a]);
  const thresholds: number[] = [];
  const tp: number[] = [];
  const fp: number[] = [];
  let t = 0;
  let f = 0;
  for (let k = 0; k < kept.length; k++) {
    const i = kept[k];
    const w = weights ? weights[i] : 1;
    if (labels[i] === 1) t += w;
    else f += w;
    const last = k === kept.length - 1 || scores[kept[k + 1]] !== scores[i];
    if (last) {
      thresholds.push(scores[i]);
      tp.push(t);
      fp.push(f);
    }
  }
  return { thresholds: Float64Array.from(thresholds), tp: Float64Array.from(tp), fp: Float64Array.from(fp), positives: t, negatives: f };
}

/** The smallest double above x: the rule "score >= it" flags nothing that scored at most x. */
export function justAbove(x: number): number {
  if (!Number.isFinite(x)) return x;
  if (x === 0) return Number.MIN_VALUE;
  const bits = new BigInt64Array(new Float64Array([x]).buffer);
  bits[0] += x > 0 ? 1n : -1n;
  return new Float64Array(bits.buffer)[0];
}
