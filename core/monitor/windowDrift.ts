import type { WindowBinCounts } from '../engine/engine';
import type { AlertSubpopulation, ScoredFigure, ThresholdRule } from './types';
import type { WindowColumnQuery } from './unseenCategories';
import type { DriftBins } from './driftBins';
import { WARN_Z, decide, looRule, median, robustScale } from './robustRule';
import { seasonOf } from './summaryShift';

/** Total variation distance of 0.05 (5% of rows in other bins) is the least change worth a warning, as in `sightline drift`. */
export const DRIFT_MIN_CHANGE = 0.05;
/** A window (or a slice of one) with fewer rows is not scored: its distribution is mostly noise. */
export const MIN_DRIFT_ROWS = 50;
/** A slice is named only when it holds this many rows in the window: smaller ones move by chance. */
const MIN_SLICE_ROWS = 100;
/** A slice's distance must exceed its typical one by this much (twice the overall minimum) to count. */
export const SLICE_MIN_CHANGE = 2 * DRIFT_MIN_CHANGE;
/** A slice is named only when the other rows moved at most this fraction of what the slice moved. */
const CONCENTRATION = 0.5;

/** A category or boolean column whose values cut the stage's rows into slices. */
export interface SliceColumn {
  column: string;
  values: string[];
}

export interface WindowDriftResult {
  rule: ThresholdRule;
  /** Slice scores are divided by this, from the reference windows' own largest slice scores (1: no correction needed). */
  sliceFactor: number;
  figures: (ScoredFigure | undefined)[];
  subpopulations: (AlertSubpopulation | undefined)[];
  /** Per window, the bin whose share moved most overall: label and shares. */
  largestMove: ({ bin: string; reference: number; current: number } | undefined)[];
}

/** Bin counts of one series (all rows, or one slice) per window, aligned with the query's windows. */
type Series = { slice?: { column: string; value: string }; counts: (Float64Array | undefined)[] };

/**
 * Per window, the total variation distance between the column's distribution and the
 * reference's, on the reference's bins. Each window is compared with the reference windows of
 * the same season (weekday for daily windows, hour for hourly ones; a reference window without
 * itself), because a weekly cycle would otherwise look like drift every weekend.
 *
 * The same is done inside each slice (the most frequent values of each category column), so a
 * change confined to a tenth of the rows, too small overall to pass the minimum, is still seen
 * where it happens. Slices are many and small, so a slice counts only when its distance exceeds
 * its own typical one by SLICE_MIN_CHANGE and it holds MIN_SLICE_ROWS rows; its robust z is then
 * divided by a factor from the reference windows' own largest slice scores, so that looking at
 * many slices does not by itself raise alarms. A window's score is the larger of the overall
 * and the slice score; the slice that scores highest is named as the subpopulation when the
 * other rows moved at most half as much (otherwise the change is everywhere).
 */
export async function windowDrift(query: WindowColumnQuery, bins: DriftBins, sliceColumns: SliceColumn[]): Promise<WindowDriftResult> {
  const request = { time: query.time, bucket: query.bucket, column: query.column, bins: bins.spec };
  // Asked together, so an engine can count the column overall and within every slice column in one scan.
  const within = sliceColumns.filter((slice) => slice.column !== query.column);
  const [whole, ...sliced] = await Promise.all([request, ...within.map((slice) => ({ ...request, slice }))].map((r) => query.engine.windowedBinCounts(query.stage, r)));
  const overall = seriesOf(query, whole, undefined)[0];
  const slices: Series[] = sliced.flatMap((counts, i) => seriesOf(query, counts, within[i].column));
  const pools = seasonalPools(query);
  const overallDistance = distances(overall, pools);
  const rule = looRule(referenceValues(overallDistance, query.isReference), DRIFT_MIN_CHANGE);
  const overallZ = overallDistance.map((d) => (Number.isNaN(d) ? NaN : standardize(d, rule)));
  const slice = sliceMaxima(slices, pools, query.isReference);
  const figures = overallDistance.map((d, w): ScoredFigure | undefined => {
    if (Number.isNaN(d)) return undefined;
    const score = Math.max(overallZ[w], (slice.max[w] ?? -Infinity) / slice.factor);
    return { value: d, deviation: d, score, decision: decide(score) };
  });
  const subpopulations = figures.map((f, w) => (f && f.decision !== 'ok' ? subpopulationOf(w, overall, slices, slice, pools) : undefined));
  const largestMove = overallDistance.map((_, w) => largestMoveOf(w, overall, pools, bins));
  return { rule, sliceFactor: slice.factor, figures, subpopulations, largestMove };
}

function seriesOf(query: WindowColumnQuery, counts: WindowBinCounts, sliceColumn: string | undefined): Series[] {
  const index = new Map(counts.starts.map((s, w) => [s, w]));
  return counts.slices.map((value, s) => ({
    ...(sliceColumn === undefined ? {} : { slice: { column: sliceColumn, value } }),
    counts: query.starts.map((start) => {
      const w = index.get(start);
      if (w === undefined) return undefined;
      const at = (w * counts.slices.length + s) * counts.bins;
      return counts.counts.subarray(at, at + counts.bins);
    }),
  }));
}

/** For each window, the reference windows it is compared with. */
function seasonalPools(query: WindowColumnQuery): number[][] {
  const reference = query.starts.map((_, w) => w).filter((w) => query.isReference[w]);
  return query.starts.map((start, w) => {
    const season = seasonOf(start, query.bucket);
    const same = reference.filter((r) => r !== w && seasonOf(query.starts[r], query.bucket) === season);
    return same.length >= 2 ? same : reference.filter((r) => r !== w);
  });
}

function distances(series: Series, pools: number[][], minRows = MIN_DRIFT_ROWS): number[] {
  return series.counts.map((current, w) => {
    if (!current || total(current) < minRows) return NaN;
    const reference = pooled(series, pools[w]);
    return total(reference) < minRows ? NaN : totalVariation(current, reference);
  });
}

/**
 * Per window, the slice with the largest robust z against its own reference windows, among
 * slices that moved materially. The factor comes from the reference windows' maxima; a slice
 * counts only when it also passes in the window before or after, because slices are many and a
 * one-day blip in one of them (a holiday schedule at one airport) is not a pipeline problem. A
 * slice-only change is therefore seen once it has lasted two windows, with its first as onset.
 */
function sliceMaxima(slices: Series[], pools: number[][], isReference: boolean[]): { max: (number | undefined)[]; argmax: (number | undefined)[]; factor: number } {
  const z = slices.map((series) => sliceZ(series, pools, isReference));
  const factor = referenceFactor(maxima(z, isReference.length).max, isReference);
  const passes = (s: number, w: number): boolean => w >= 0 && w < isReference.length && z[s][w] / factor >= WARN_Z;
  const confirmed = z.map((zs, s) => zs.map((v, w) => (passes(s, w - 1) || passes(s, w + 1) ? v : NaN)));
  return { ...maxima(confirmed, isReference.length), factor };
}

function sliceZ(series: Series, pools: number[][], isReference: boolean[]): number[] {
  const d = distances(series, pools, MIN_SLICE_ROWS);
  const ref = referenceValues(d, isReference);
  if (ref.length < 2) return d.map(() => NaN);
  const rule = looRule(ref, DRIFT_MIN_CHANGE);
  return d.map((v) => (Number.isNaN(v) || v - rule.center < SLICE_MIN_CHANGE ? NaN : standardize(v, rule)));
}

function maxima(z: number[][], windows: number): { max: (number | undefined)[]; argmax: (number | undefined)[] } {
  const max: (number | undefined)[] = [];
  const argmax: (number | undefined)[] = [];
  for (let w = 0; w < windows; w++) {
    let best: number | undefined;
    z.forEach((zs, s) => {
      if (!Number.isNaN(zs[w]) && (best === undefined || zs[w] > z[best][w])) best = s;
    });
    argmax.push(best);
    max.push(best === undefined ? undefined : z[best][w]);
  }
  return { max, argmax };
}

/** How far the reference windows' own largest slice scores reach: slice scores are divided by it (at least 1). */
function referenceFactor(max: (number | undefined)[], isReference: boolean[]): number {
  const refMax = max.filter((m, w): m is number => m !== undefined && isReference[w]);
  const bound = refMax.length >= 2 ? median(refMax) + WARN_Z * robustScale(refMax) : WARN_Z;
  return Math.max(1, bound / WARN_Z);
}

function subpopulationOf(w: number, overall: Series, slices: Series[], slice: ReturnType<typeof sliceMaxima>, pools: number[][]): AlertSubpopulation | undefined {
  const s = slice.argmax[w];
  const all = overall.counts[w];
  if (s === undefined || !all || !(slice.max[w]! / slice.factor >= WARN_Z)) return undefined;
  const series = slices[s];
  const inside = series.counts[w]!;
  const insideReference = pooled(series, pools[w]);
  const rest = all.map((n, b) => n - inside[b]);
  const restReference = pooled(overall, pools[w]).map((n, b) => n - insideReference[b]);
  const insideDistance = totalVariation(inside, insideReference);
  const outsideDistance = total(rest) > 0 && total(restReference) > 0 ? totalVariation(rest, restReference) : 0;
  // A change that every slice shares (a unit switch for all rows) has no subpopulation to name.
  if (outsideDistance > CONCENTRATION * insideDistance) return undefined;
  const share = total(inside) / total(all);
  const { column, value } = series.slice!;
  return {
    column,
    value,
    share,
    inside: insideDistance,
    outside: outsideDistance,
    description: `${column} = ${value} (${(share * 100).toFixed(1)}% of rows): distribution moved by ${insideDistance.toFixed(2)} (total variation) against ${outsideDistance.toFixed(2)} in the other rows`,
  };
}

function largestMoveOf(w: number, overall: Series, pools: number[][], bins: DriftBins): WindowDriftResult['largestMove'][number] {
  const current = overall.counts[w];
  if (!current || total(current) === 0) return undefined;
  const reference = pooled(overall, pools[w]);
  const n = total(current);
  const m = total(reference);
  if (m === 0) return undefined;
  let best = 0;
  for (let b = 1; b < current.length; b++) if (Math.abs(current[b] / n - reference[b] / m) > Math.abs(current[best] / n - reference[best] / m)) best = b;
  return { bin: bins.labels[best] ?? String(best), reference: reference[best] / m, current: current[best] / n };
}

function pooled(series: Series, windows: number[]): Float64Array {
  let sum: Float64Array | undefined;
  for (const w of windows) {
    const counts = series.counts[w];
    if (!counts) continue;
    sum ??= new Float64Array(counts.length);
    for (let b = 0; b < counts.length; b++) sum[b] += counts[b];
  }
  return sum ?? new Float64Array(0);
}

export function totalVariation(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const na = total(a);
  const nb = total(b);
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs(a[i] / na - b[i] / nb);
  return sum / 2;
}

function total(counts: ArrayLike<number>): number {
  let n = 0;
  for (let i = 0; i < counts.length; i++) n += counts[i];
  return n;
}

function referenceValues(values: number[], isReference: boolean[]): number[] {
  return values.filter((v, w) => isReference[w] && !Number.isNaN(v));
}

function standardize(value: number, rule: ThresholdRule): number {
  return (value - rule.center) / Math.max(rule.scale, rule.minChange / WARN_Z);
}
