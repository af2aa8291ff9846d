import type { EffectSize } from './effectSize';
import { BOOTSTRAP_REPLICATES, BOOTSTRAP_SEED } from './effectSize';
import { bootstrapInterval } from './interval';
import { poissonDraw, seededRandom } from './random';

/**
 * Total variation distance ½ Σ |p_ref − p_cur|: the share of rows that would have to change
 * category to turn one distribution into the other. Chosen over Cramér's V because it does not
 * depend on the sample sizes and reads directly ("8% of rows moved"). Interval: Poisson
 * bootstrap of the counts, O(categories) per replicate.
 */
export function categoricalEffect(reference: readonly number[], current: readonly number[]): EffectSize {
  const value = totalVariation(reference, current);
  const random = seededRandom(BOOTSTRAP_SEED);
  const replicates = new Float64Array(BOOTSTRAP_REPLICATES);
  for (let b = 0; b < replicates.length; b++) {
    replicates[b] = totalVariation(redraw(reference, random), redraw(current, random));
  }
  return { value, interval: bootstrapInterval(value, replicates), name: 'total variation distance', unit: '' };
}

export function totalVariation(reference: readonly number[], current: readonly number[]): number {
  const nRef = reference.reduce((s, v) => s + v, 0);
  const nCur = current.reduce((s, v) => s + v, 0);
  let sum = 0;
  for (let i = 0; i < reference.length; i++) sum += Math.abs(reference[i] / nRef - current[i] / nCur);
  return sum / 2;
}

function redraw(counts: readonly number[], random: () => number): number[] {
  for (;;) {
    const drawn = counts.map((c) => poissonDraw(c, random));
    if (drawn.some((c) => c > 0)) return drawn;
  }
}
