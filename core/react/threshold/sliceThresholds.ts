import type { ThresholdObjective, WhatIfParameters } from '../../protocol/whatif';
import { chooseThreshold } from './chooseThreshold';

export type ThresholdParameters = Extract<WhatIfParameters, { kind: 'threshold' }>;

export type SliceIds = ArrayLike<string | number>;

/**
 * One global threshold, and with `slices` one per slice that has at least `minLabeled` labeled
 * records and meets the objective; every other slice falls back to the global one, with why.
 */
export function fitThresholds(
  scores: ArrayLike<number>,
  labels: ArrayLike<number>,
  objective: ThresholdObjective,
  perSlice?: { slices: SliceIds; minLabeled: number },
): ThresholdParameters {
  const global = chooseThreshold(scores, labels, objective).threshold;
  const result: ThresholdParameters = { kind: 'threshold', global, perSlice: {}, fallback: {} };
  if (!perSlice) return result;
  for (const [slice, rows] of rowsBySlice(perSlice.slices, labels)) {
    if (rows.length < perSlice.minLabeled) {
      result.fallback[slice] = `${rows.length} labeled records, fewer than ${perSlice.minLabeled}`;
      continue;
    }
    const own = chooseThreshold(pick(scores, rows), pick(labels, rows), objective).threshold;
    if (own === null) result.fallback[slice] = 'no threshold meets the objective on this slice';
    else result.perSlice[slice] = own;
  }
  return result;
}

/** Labeled row indices of each slice. */
function rowsBySlice(slices: SliceIds, labels: ArrayLike<number>): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  for (let i = 0; i < labels.length; i++) {
    if (Number.isNaN(labels[i])) continue;
    const key = String(slices[i]);
    const rows = groups.get(key);
    if (rows) rows.push(i);
    else groups.set(key, [i]);
  }
  return groups;
}

function pick(values: ArrayLike<number>, rows: number[]): Float64Array {
  const out = new Float64Array(rows.length);
  for (let k = 0; k < rows.length; k++) out[k] = values[rows[k]];
  return out;
}

/** 0/1 decisions; a null threshold keeps `fallback` (the decision rule in place before). */
export function applyThresholds(scores: ArrayLike<number>, parameters: ThresholdParameters, fallback: number, slices?: SliceIds): Float64Array {
  const out = new Float64Array(scores.length);
  for (let i = 0; i < scores.length; i++) {
    const own = slices ? parameters.perSlice[String(slices[i])] : undefined;
    const t = own ?? parameters.global ?? fallback;
    out[i] = scores[i] >= t ? 1 : 0;
  }
  return out;
}
