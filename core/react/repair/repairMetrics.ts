import type { BacktestRow, WhatIfDifference, WhatIfMetric, WhatIfParameters, WhatIfValue } from '../../protocol/whatif';
import type { Side } from '../backtest/metrics';
import type { ComparedRecords } from '../backtest/compared';
import { compareMetrics } from '../backtest/compare';
import { metricOn } from '../backtest/metrics';
import { planWindows } from '../backtest/windows';

export const REPAIR_METRICS: WhatIfMetric[] = ['accuracy', 'precision', 'recall', 'f1', 'brier', 'logLoss'];

export interface RepairComparison {
  before: Partial<Record<WhatIfMetric, WhatIfValue>>;
  after: Partial<Record<WhatIfMetric, WhatIfValue>>;
  difference: Partial<Record<WhatIfMetric, WhatIfDifference>>;
  labeled: number;
  /** Rows are indices into the arrays compared. */
  compared: ComparedRecords;
}

/** Before and after on the touched records with a label, a logged score and a re-score. */
export function compareRepair(labels: Float64Array, before: Side, after: Side, options: { level: number; replicates: number; seed: number }): RepairComparison {
  const rows = comparable(labels, before, after, Int32Array.from(labels, (_, i) => i));
  const take = (side: Side): Side => ({ scores: Float64Array.from(rows, (i) => side.scores[i]), decisions: Float64Array.from(rows, (i) => side.decisions[i]) });
  const pooled = { labels: Float64Array.from(rows, (i) => labels[i]), before: take(before), after: take(after) };
  const comparisons = compareMetrics(REPAIR_METRICS, pooled, options);
  return {
    before: Object.fromEntries(comparisons.map(([m, c]) => [m, c.before])),
    after: Object.fromEntries(comparisons.map(([m, c]) => [m, c.after])),
    difference: Object.fromEntries(comparisons.map(([m, c]) => [m, c.difference])),
    labeled: rows.length,
    compared: { ...pooled, rows },
  };
}

export interface WindowInput {
  times: Float64Array;
  labels: Float64Array;
  before: Side;
  after: Side;
  /** The re-score of the logged inputs: a score counts as changed against it, not against float64 logs. */
  baseline: Float64Array;
  parameters: WhatIfParameters;
  fit: BacktestRow['fit'];
}

/** Point metrics per day, so before and after can be drawn over time. */
export function repairWindows(input: WindowInput): BacktestRow[] {
  const plan = planWindows(input.times, input.labels, 'day');
  return plan.starts.map((start, w) => {
    const rows = comparable(input.labels, input.before, input.after, plan.rows[w]);
    const point = (side: Side): Partial<Record<WhatIfMetric, number | null>> =>
      Object.fromEntries(REPAIR_METRICS.map((m) => [m, finite(metricOn(m, side, input.labels, rows))]));
    let decisions = 0;
    let scores = 0;
    for (const i of plan.rows[w]) {
      if (!Number.isNaN(input.after.decisions[i]) && input.after.decisions[i] !== input.before.decisions[i]) decisions++;
      if (!Number.isNaN(input.after.scores[i]) && input.after.scores[i] !== input.baseline[i]) scores++;
    }
    return {
      fit: input.fit,
      score: { start, end: start + plan.size, records: plan.rows[w].length, labeled: rows.length },
      before: point(input.before),
      after: point(input.after),
      changed: { decisions, scores, of: plan.rows[w].length },
      parameters: input.parameters,
    };
  });
}

function comparable(labels: Float64Array, before: Side, after: Side, rows: ArrayLike<number>): Int32Array {
  const out: number[] = [];
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k];
    const labeled = labels[i] === 0 || labels[i] === 1;
    if (labeled && !Number.isNaN(before.scores[i]) && !Number.isNaN(before.decisions[i]) && !Number.isNaN(after.scores[i])) out.push(i);
  }
  return Int32Array.from(out);
}

function finite(v: number): number | null {
  return Number.isFinite(v) ? v : null;
}
