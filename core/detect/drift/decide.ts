import type { EffectSize } from './effectSize';
import type { MethodOutcome } from './methodOutcome';
import { formatEffect, formatP } from './formatNumber';

export interface Decision {
  drifted: boolean;
  reason: string;
}

/**
 * The rule. A test with a p-value flags a column when both hold:
 * 1. its Benjamini-Hochberg adjusted p-value is below the level: the change is unlikely to be
 *    noise, with the false-alarm rate of the test itself (so 200 noisy rows stay quiet), and
 * 2. the effect's interval reaches the minimum (upper bound ≥ minimum): the data cannot rule
 *    out a change worth acting on. At a million rows the interval is narrow, so a significant
 *    0.02-SD wobble is confidently below 0.1 and is not flagged.
 * Requiring the upper rather than the lower bound keeps power at small n, where intervals are
 * wide; condition 1 alone already holds the false-alarm rate there.
 * A distance without a p-value flags at or above its fixed threshold, and says so.
 */
export function decide(outcome: MethodOutcome, pAdjusted: number | null, effect: EffectSize, level: number, minEffect: number): Decision {
  const size = `effect ${formatEffect(effect.value)}${effect.unit} [${formatEffect(effect.interval[0])}, ${formatEffect(effect.interval[1])}]`;
  if (outcome.pValue === null || pAdjusted === null) return decideDistance(outcome, size);
  const p = `p = ${formatP(outcome.pValue)} (BH-adjusted ${formatP(pAdjusted)})`;
  const min = `the ${formatEffect(minEffect)}${effect.unit} minimum`;
  if (!(pAdjusted < level)) {
    return { drifted: false, reason: `${p} is not below ${level}: no evidence of change (${size})` };
  }
  if (effect.interval[1] < minEffect) {
    return { drifted: false, reason: `${p} is below ${level}, but ${size} is entirely below ${min}: a real but negligible change` };
  }
  const where = effect.value >= minEffect ? 'is above' : 'has an interval reaching';
  return { drifted: true, reason: `${p} is below ${level} and ${size} ${where} ${min}` };
}

function decideDistance(outcome: MethodOutcome, size: string): Decision {
  const threshold = outcome.threshold ?? Infinity;
  const value = `${outcome.method} = ${formatEffect(outcome.statistic)}`;
  const drifted = outcome.statistic >= threshold;
  const compare = drifted ? `at or above the fixed threshold ${threshold}` : `below the fixed threshold ${threshold}`;
  return { drifted, reason: `${value} is ${compare} (a distance: no p-value, the threshold does not adapt to sample size; ${size})` };
}
