import type { AgeCell } from './ageCells';
import { MIN_VERSIONS } from './scheduleInput';

/** The mean change of a per-record metric at each model age against each version's first age span. */
export interface AgeCurve {
  /** Days per age span: 7 measures by week, so every span holds each weekday once. */
  unit: number;
  /** change[s]: mean over the versions measured in age span s; NaN where fewer than the minimum were. change[0] is 0. */
  change: Float64Array;
  /** Versions measured in each span. */
  versions: Int32Array;
  /** change with the gaps filled: an unmeasured span takes the nearest younger measured span's change. */
  filled: Float64Array;
  /** The change used for ages older than the oldest measured span. */
  tail: number;
}

/**
 * Weekly spans by default: a day-by-day curve mixes the weekday a version rolled out on into its
 * age (a version rolled out on a Monday is 7 days old on every Monday).
 */
export const AGE_UNIT_DAYS = 7;

/**
 * Per version, the mean of each later age span minus its first span's; averaged over versions
 * span by span, so each version weighs the same whatever its traffic. A version's span mean is
 * the mean of its days' means (`means[c]` is cell c's), so each day weighs the same.
 */
export function ageCurve(cells: readonly AgeCell[], means: ArrayLike<number>, unit = AGE_UNIT_DAYS, minVersions = MIN_VERSIONS): AgeCurve {
  const spans = versionSpans(cells, means, unit);
  let maxSpan = 0;
  for (const [, bySpan] of spans) if (bySpan.has(0)) for (const s of bySpan.keys()) maxSpan = Math.max(maxSpan, s);
  const sum = new Float64Array(maxSpan + 1);
  const versions = new Int32Array(maxSpan + 1);
  for (const [, bySpan] of spans) {
    const base = bySpan.get(0);
    if (base === undefined) continue;
    for (const [s, mean] of bySpan) {
      sum[s] += mean - base;
      versions[s]++;
    }
  }
  // A span seen on fewer versions is one version's calendar, not an age effect: left unmeasured.
  const change = Float64Array.from(sum, (x, s) => (s === 0 ? 0 : versions[s] >= minVersions ? x / versions[s] : NaN));
  const filled = new Float64Array(change.length);
  for (let s = 1; s < change.length; s++) filled[s] = Number.isNaN(change[s]) ? filled[s - 1] : change[s];
  // Trailing spans fewer versions reached are not part of the curve's span.
  let end = change.length;
  while (end > 1 && Number.isNaN(change[end - 1])) end--;
  return { unit, change, versions, filled: filled.subarray(0, end), tail: tailOf(change, unit) };
}

/** Each version's mean per age span (over its days with a mean). */
function versionSpans(cells: readonly AgeCell[], means: ArrayLike<number>, unit: number): Map<string, Map<number, number>> {
  const acc = new Map<string, Map<number, { sum: number; days: number }>>();
  cells.forEach((c, k) => {
    if (Number.isNaN(means[k])) return;
    const bySpan = acc.get(c.version) ?? new Map<number, { sum: number; days: number }>();
    acc.set(c.version, bySpan);
    const span = Math.floor(c.age / unit);
    const a = bySpan.get(span) ?? { sum: 0, days: 0 };
    a.sum += means[k];
    a.days++;
    bySpan.set(span, a);
  });
  return new Map([...acc].map(([v, bySpan]) => [v, new Map([...bySpan].map(([s, a]) => [s, a.sum / a.days]))]));
}

/** Days of measured ages averaged for the ages beyond the oldest: a week, so one day's weekday or noise does not decide it. */
export const TAIL_AGES = 7;

/** The curve at an age in days; beyond the oldest measured span, the mean of the last week's measured spans (no extrapolation). */
export function changeAt(curve: AgeCurve, ageDays: number): number {
  const span = Math.floor(ageDays / curve.unit);
  return span < curve.filled.length ? curve.filled[span] : curve.tail;
}

function tailOf(change: Float64Array, unit: number): number {
  const spans = Math.max(1, Math.round(TAIL_AGES / unit));
  const measured: number[] = [];
  for (let s = change.length - 1; s > 0 && measured.length < spans; s--) if (!Number.isNaN(change[s])) measured.push(change[s]);
  return measured.length ? measured.reduce((x, y) => x + y, 0) / measured.length : 0;
}

/** Versions with a labeled first age span and at least one labeled later span: those the curve rests on. */
export function measuredVersions(cells: readonly AgeCell[], unit = AGE_UNIT_DAYS): string[] {
  const first = new Set(cells.filter((c) => c.age < unit).map((c) => c.version));
  return [...new Set(cells.filter((c) => c.age >= unit && first.has(c.version)).map((c) => c.version))];
}
