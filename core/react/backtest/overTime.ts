import type { TimeBucketName } from '../../protocol/messages';
import type { CostMatrix, WhatIfMetric, WhatIfWindow } from '../../protocol/whatif';
import type { ComparedRecords } from './compared';
import { planWindows } from './windows';
import { metricOn } from './metrics';

/**
 * Each metric before and after per window of the compared records (`times` are the event times
 * of the rows `compared.rows` points into). After leaves out the records it does not keep.
 */
export function overTimeOf(compared: ComparedRecords, times: ArrayLike<number>, bucket: TimeBucketName, metrics: readonly WhatIfMetric[], costs?: CostMatrix): WhatIfWindow[] {
  const plan = planWindows(Float64Array.from(compared.rows, (r) => times[r]), compared.labels, bucket);
  return plan.starts.map((start, w) => {
    const rows = plan.rows[w];
    const kept = compared.kept ? rows.filter((k) => compared.kept![k] === 1) : rows;
    const point = (side: ComparedRecords['before'], on: Int32Array) => Object.fromEntries(metrics.map((m) => [m, finite(metricOn(m, side, compared.labels, on, costs))]));
    return { start, end: start + plan.size, labeled: rows.length, before: point(compared.before, rows), after: point(compared.after, kept) };
  });
}

function finite(v: number): number | null {
  return Number.isFinite(v) ? v : null;
}
