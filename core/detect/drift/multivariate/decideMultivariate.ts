import { formatEffect, formatP } from '../formatNumber';

/**
 * The univariate rule applied to the classifier: flagged when the permutation p-value is below
 * the level (the rows are distinguishable beyond chance) and the AUC's interval reaches the
 * minimum AUC (the difference may be large enough to matter). With many rows a significant
 * AUC of 0.51 is confidently below 0.55 and is not flagged.
 */
export function decideMultivariate(auc: number, interval: [number, number], pValue: number, level: number, minAuc: number): { drifted: boolean; reason: string } {
  const size = `out-of-fold AUC ${formatEffect(auc)} [${formatEffect(interval[0])}, ${formatEffect(interval[1])}]`;
  const p = `permutation p = ${formatP(pValue)}`;
  if (!(pValue < level)) return { drifted: false, reason: `${p} is not below ${level}: a classifier cannot tell current rows from reference rows (${size})` };
  if (interval[1] < minAuc) return { drifted: false, reason: `${p} is below ${level}, but ${size} is entirely below the ${minAuc} minimum: a real but negligible difference between the rows` };
  return { drifted: true, reason: `${p} is below ${level} and ${size} ${auc >= minAuc ? 'is above' : 'has an interval reaching'} the ${minAuc} minimum: a classifier tells current rows from reference rows` };
}
