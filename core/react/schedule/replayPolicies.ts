import type { Interval } from '../../protocol/performance';
import type { RetrainPolicy } from '../../protocol/whatif';
import type { AgeCell } from './ageCells';
import type { AgeCurve } from './ageCurve';
import { ageCurve, changeAt } from './ageCurve';
import { cellMeans, resampledCellMeans } from './stratifiedMeans';
import { seededRandom } from '../../stats/seededRandom';
import { quantileSorted } from '../../stats/quantile';

/** A policy as replayed: when it retrains and each cell's model age under it. */
export interface PolicyPlan {
  policy: RetrainPolicy;
  retrains: number[];
  /** Age under the policy of each cell's day. */
  ages: Int32Array;
}

export interface Estimate {
  value: number;
  interval: Interval | null;
}

export interface MetricReplay {
  /** The metric over the history as logged. */
  logged: Estimate;
  /** Per age span, the curve's change (NaN where unmeasured). */
  curve: Estimate[];
  /** Per plan, the metric under it and its difference from the history as logged. */
  outcomes: Array<{ metric: Estimate; difference: Estimate }>;
}

export interface BootstrapSettings {
  level: number;
  replicates: number;
  seed: number;
}

/**
 * Each cell's logged mean moved along the age curve, curve(age under the plan) − curve(age as
 * logged), pooled over cells by labeled records. Every replicate resamples the records within
 * each cell and re-estimates the curve, so the intervals carry the curve's own uncertainty.
 */
export function replayPolicies(cells: readonly AgeCell[], values: Float64Array, plans: readonly PolicyPlan[], settings: BootstrapSettings, unit: number): MetricReplay {
  const point = figures(cells, cellMeans(cells, values), plans, unit);
  const draws = point.map(() => [] as number[]);
  const random = seededRandom(settings.seed);
  for (let r = 0; r < settings.replicates; r++) {
    const replicate = figures(cells, resampledCellMeans(cells, values, random), plans, unit);
    replicate.forEach((v, k) => {
      if (!Number.isNaN(v)) draws[k].push(v);
    });
  }
  const estimate = (k: number): Estimate => ({ value: point[k], interval: Number.isNaN(point[k]) ? null : percentile(draws[k], settings) });
  const ages = curveLength(cells, values, unit);
  return {
    logged: estimate(0),
    curve: Array.from({ length: ages }, (_, a) => estimate(1 + a)),
    outcomes: plans.map((_, p) => ({ metric: estimate(1 + ages + 2 * p), difference: estimate(2 + ages + 2 * p) })),
  };
}

/** [logged, curve[0..], then per plan metric and difference] for one set of cell means. */
function figures(cells: readonly AgeCell[], means: Float64Array, plans: readonly PolicyPlan[], unit: number): number[] {
  const curve = ageCurve(cells, means, unit);
  let n = 0;
  let logged = 0;
  for (let k = 0; k < cells.length; k++) {
    n += cells[k].rows.length;
    logged += cells[k].rows.length * means[k];
  }
  const out = [logged / n, ...curve.change];
  for (const plan of plans) {
    const shift = shiftOf(cells, curve, plan) / n;
    out.push(logged / n + shift, shift);
  }
  return out;
}

function shiftOf(cells: readonly AgeCell[], curve: AgeCurve, plan: PolicyPlan): number {
  let sum = 0;
  for (let k = 0; k < cells.length; k++) sum += cells[k].rows.length * (changeAt(curve, plan.ages[k]) - changeAt(curve, cells[k].age));
  return sum;
}

function curveLength(cells: readonly AgeCell[], values: Float64Array, unit: number): number {
  return ageCurve(cells, cellMeans(cells, values), unit).change.length;
}

function percentile(values: number[], s: BootstrapSettings): Interval | null {
  if (values.length < s.replicates / 2 || values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const alpha = (1 - s.level) / 2;
  return { low: quantileSorted(sorted, alpha), high: quantileSorted(sorted, 1 - alpha), level: s.level, method: 'bootstrap-percentile', replicates: s.replicates, seed: s.seed };
}
