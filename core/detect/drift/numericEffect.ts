import type { EffectSize } from './effectSize';
import { BOOTSTRAP_REPLICATES, BOOTSTRAP_SEED } from './effectSize';
import { STD_FLOOR, wasserstein } from '../../stats/wasserstein';
import { bootstrapInterval } from './interval';
import { quantileAtoms } from './quantileAtoms';
import { poissonDraw, seededRandom } from './random';
import { weightedStd, weightedWasserstein } from './weightedWasserstein';

/**
 * Wasserstein distance divided by the reference SD: how far, in reference SDs, values moved on
 * average. Chosen over the standardized mean difference because it also sees a change of
 * spread or shape (which KS tests for), and it is Evidently's drift score, so the minimum reads
 * on the scale people already use. Interval: Poisson bootstrap over quantile atoms of both
 * sorted samples, so its cost does not grow with the row count.
 */
export function numericEffect(reference: Float64Array, current: Float64Array): EffectSize {
  const w = wasserstein(reference, current);
  const ref = quantileAtoms(reference);
  const cur = quantileAtoms(current);
  const plugIn = normalized(ref.values, ref.sizes, cur.values, cur.sizes);
  const random = seededRandom(BOOTSTRAP_SEED);
  const replicates = new Float64Array(BOOTSTRAP_REPLICATES);
  const wr = new Float64Array(ref.sizes.length);
  const wc = new Float64Array(cur.sizes.length);
  for (let b = 0; b < replicates.length; b++) {
    redraw(ref.sizes, wr, random);
    redraw(cur.sizes, wc, random);
    replicates[b] = normalized(ref.values, wr, cur.values, wc);
  }
  return {
    value: w.normalized,
    interval: bootstrapInterval(w.normalized, replicates, plugIn),
    name: 'Wasserstein distance / reference SD',
    unit: ' SD',
  };
}

function normalized(ru: Float64Array, wu: Float64Array, cu: Float64Array, wc: Float64Array): number {
  return weightedWasserstein(ru, wu, cu, wc) / Math.max(weightedStd(ru, wu), STD_FLOOR);
}

/** Poisson weights; a replicate that drew nothing at all draws again. */
function redraw(sizes: Float64Array, into: Float64Array, random: () => number): void {
  let total = 0;
  while (total === 0) {
    for (let i = 0; i < sizes.length; i++) total += into[i] = poissonDraw(sizes[i], random);
  }
}
