import type { TimeBucketName } from '../../protocol/messages';
import { BUCKET_MS } from '../../protocol/messages';
import { windowRows } from '../../engine/windowSummaries';
import type { Rows } from './remediate';
import type { SliceIds } from '../threshold/sliceThresholds';

export interface WindowPlan {
  starts: number[];
  /** Row indices of each window. */
  rows: Int32Array[];
  /** Labeled rows of each window. */
  labeled: number[];
  size: number;
}

/** Rows by time bucket (core/engine's windowing); rows without a time belong to no window. */
export function planWindows(times: ArrayLike<number>, labels: ArrayLike<number>, bucket: TimeBucketName): WindowPlan {
  const windowing = windowRows(Float64Array.from(times), bucket);
  const rows = windowing.starts.map((_, w) => windowing.order.subarray(windowing.offsets[w], windowing.offsets[w + 1]));
  const labeled = rows.map((r) => r.reduce((n, i) => n + (labels[i] === 0 || labels[i] === 1 ? 1 : 0), 0));
  return { starts: windowing.starts, rows, labeled, size: BUCKET_MS[bucket] };
}

/** The last `count` windows before `w` that have labels, oldest first. */
export function fitWindowsBefore(plan: WindowPlan, w: number, count: number): number[] {
  const chosen: number[] = [];
  for (let v = w - 1; v >= 0 && chosen.length < count; v--) if (plan.labeled[v] > 0) chosen.unshift(v);
  return chosen;
}

export interface Columns {
  scores: ArrayLike<number>;
  labels: ArrayLike<number>;
  slices?: SliceIds;
}

/** The rows of some windows, gathered into their own arrays. */
export function gather(columns: Columns, plan: WindowPlan, windows: number[]): Rows {
  const index: number[] = [];
  for (const w of windows) for (const i of plan.rows[w]) index.push(i);
  const slices = columns.slices;
  return {
    scores: Float64Array.from(index, (i) => columns.scores[i]),
    labels: Float64Array.from(index, (i) => columns.labels[i]),
    slices: slices ? index.map((i) => slices[i]) : undefined,
  };
}
