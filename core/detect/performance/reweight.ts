import type { EstimatedValue, PerformanceEstimate } from './types';
import type { IntervalOptions, LabeledSample } from './sample';
import { confusionOf, confusionRates } from './confusion';
import { softAuc } from './softAuc';
import { seededRandom } from '../../stats/seededRandom';
import { estimatedValue } from './estimatedValue';

export function reweightAssumptions(column: string): string[] {
  return [
    `Within each value of "${column}", the model performs in this window as it did on the labeled reference: only the mix of "${column}" values changed.`,
    `Values of "${column}" the labeled reference never saw are assumed to perform like the rest of the window (see unsupportedShare).`,
    'The interval resamples the labeled reference (bootstrap); the window mix is taken as known.',
  ];
}

/**
 * Subgroup-reweighted estimate: each labeled reference record gets the importance weight
 * (share of its subgroup in the window) / (share of its subgroup in the labeled reference),
 * and the metrics are those of the weighted reference. Group codes are 0..groups-1; callers
 * map a missing value to a group of its own.
 */
export function reweightedEstimate(
  reference: LabeledSample & { groups: Int32Array },
  windowGroups: Int32Array,
  groups: number,
  column: string,
  options: IntervalOptions,
): PerformanceEstimate {
  const windowShare = shares(windowGroups, groups);
  const all = Int32Array.from(reference.labels, (_, i) => i);
  const point = weightedMetrics(reference, all, windowShare, groups);
  const random = seededRandom(options.seed);
  const draws: Record<keyof typeof point, number[]> = { accuracy: [], precision: [], recall: [], f1: [], rocAuc: [] };
  const n = reference.labels.length;
  const indices = new Int32Array(n);
  for (let r = 0; r < options.replicates; r++) {
    for (let i = 0; i < n; i++) indices[i] = Math.floor(random() * n);
    const m = weightedMetrics(reference, indices, windowShare, groups);
    for (const key of Object.keys(draws) as (keyof typeof point)[]) draws[key].push(m[key]);
  }
  const value = (key: keyof typeof point): EstimatedValue => estimatedValue(point[key], draws[key], options, 'bootstrap-percentile');
  const referenceCounts = counts(reference.groups, groups);
  let unsupported = 0;
  for (let g = 0; g < groups; g++) if (referenceCounts[g] === 0) unsupported += windowShare[g];
  return {
    estimated: true,
    method: 'subgroup-reweighting',
    assumptions: reweightAssumptions(column),
    accuracy: value('accuracy'),
    precision: value('precision'),
    recall: value('recall'),
    f1: value('f1'),
    rocAuc: value('rocAuc'),
    unsupportedShare: unsupported,
  };
}

function weightedMetrics(reference: LabeledSample & { groups: Int32Array }, indices: Int32Array, windowShare: Float64Array, groups: number) {
  const groupOf = Int32Array.from(indices, (i) => reference.groups[i]);
  const referenceShare = shares(groupOf, groups);
  const weights = Float64Array.from(groupOf, (g) => windowShare[g] / referenceShare[g]);
  const labels = Float64Array.from(indices, (i) => reference.labels[i]);
  const predicted = Float64Array.from(indices, (i) => reference.predicted[i]);
  const scores = Float64Array.from(indices, (i) => reference.scores[i]);
  const rates = confusionRates(confusionOf(predicted, labels, weights));
  const scored = scores.every((s) => !Number.isNaN(s));
  const auc = scored ? softAuc(scores, labels.map((y, i) => y * weights[i]), labels.map((y, i) => (1 - y) * weights[i])) : NaN;
  return { ...rates, rocAuc: auc };
}

function counts(codes: Int32Array, groups: number): Float64Array {
  const c = new Float64Array(groups);
  for (let i = 0; i < codes.length; i++) c[codes[i]]++;
  return c;
}

function shares(codes: Int32Array, groups: number): Float64Array {
  const c = counts(codes, groups);
  return codes.length ? c.map((v) => v / codes.length) : c;
}
