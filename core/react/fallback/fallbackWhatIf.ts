import type { TimeBucketName } from '../../protocol/messages';
import type { FallbackAction, WhatIfCore, WhatIfMetric } from '../../protocol/whatif';
import type { SlicePredicate } from '../../protocol/slices';
import type { Pooled } from '../backtest/compare';
import type { OnCompared } from '../backtest/compared';
import { compareMetrics } from '../backtest/compare';
import { bootstrapSettings, directResult, spanOf } from '../backtest/directResult';
import { fallbackAssumptions } from './fallbackAssumptions';

export interface FallbackInput {
  times: ArrayLike<number>;
  scores: ArrayLike<number>;
  /** The live 0/1 decision of each record (logged, or score >= the live rule). */
  decisions: ArrayLike<number>;
  labels: ArrayLike<number>;
  /** 1 for the records the slice routes away from the model. */
  routed: Uint8Array;
}

export interface FallbackOptions {
  where: SlicePredicate[];
  action: FallbackAction;
  bucket?: TimeBucketName;
  level?: number;
  replicates?: number;
  seed?: number;
  onCompared?: OnCompared;
}

export const FALLBACK_METRICS: WhatIfMetric[] = ['accuracy', 'precision', 'recall', 'f1'];

/**
 * Route a slice's records to a fixed decision (every labeled record still counts) or to review
 * (after counts only the records left to the model): the metric before and after on the same
 * labeled records, the coverage given up, and the slice's own figures.
 */
export function fallbackWhatIf(input: FallbackInput, options: FallbackOptions): WhatIfCore {
  const o = { ...options, ...bootstrapSettings(options), bucket: options.bucket ?? ('day' as TimeBucketName) };
  const n = input.routed.length;
  const labeledRows: number[] = [];
  let routedCount = 0;
  for (let i = 0; i < n; i++) {
    if (input.routed[i]) routedCount++;
    if ((input.labels[i] === 0 || input.labels[i] === 1) && (input.decisions[i] === 0 || input.decisions[i] === 1)) labeledRows.push(i);
  }
  const fixed = o.action === 'positive' ? 1 : 0;
  const pooled: Pooled = {
    labels: Float64Array.from(labeledRows, (i) => input.labels[i]),
    before: { scores: Float64Array.from(labeledRows, (i) => input.scores[i]), decisions: Float64Array.from(labeledRows, (i) => input.decisions[i]) },
    after: {
      scores: Float64Array.from(labeledRows, (i) => input.scores[i]),
      decisions: Float64Array.from(labeledRows, (i) => (input.routed[i] && o.action !== 'review' ? fixed : input.decisions[i])),
    },
  };
  // Review takes the routed records out of the automated metrics: after counts the rest.
  const compared: Pooled = o.action === 'review' ? { ...pooled, kept: Uint8Array.from(labeledRows, (i) => (input.routed[i] ? 0 : 1)) } : pooled;
  options.onCompared?.({ ...compared, rows: Int32Array.from(labeledRows) });
  const comparisons = compareMetrics(FALLBACK_METRICS, compared, { level: o.level, replicates: o.replicates, seed: o.seed });
  let decisionsChanged = 0;
  if (o.action !== 'review') for (let i = 0; i < n; i++) if (input.routed[i] && input.decisions[i] !== fixed) decisionsChanged++;
  const routedLabeled = labeledRows.filter((i) => input.routed[i]).length;
  return directResult({
    remediation: { kind: 'fallback', where: o.where, action: o.action },
    bucket: o.bucket,
    primary: 'accuracy',
    comparisons,
    labeled: labeledRows.length,
    changed: { decisions: o.action === 'review' ? routedCount : decisionsChanged, scores: 0, of: n },
    bootstrap: { replicates: o.replicates, seed: o.seed, level: o.level },
    assumptions: fallbackAssumptions({ ...o, records: n, routed: routedCount, routedLabeled, slice: sliceFigures(pooled, labeledRows, input.routed) }),
    parameters: { kind: 'fallback', where: o.where, action: o.action, recordsRouted: routedCount },
    span: spanOf(input.times, Int32Array.from({ length: n }, (_, i) => i)),
  });
}

/** Accuracy of the model and of the fallback on the slice's own labeled records. */
function sliceFigures(pooled: Pooled, labeledRows: number[], routed: Uint8Array): { model: number; fallback: number; labeled: number } {
  let n = 0;
  let model = 0;
  let fallback = 0;
  labeledRows.forEach((row, k) => {
    if (!routed[row]) return;
    n++;
    if (pooled.before.decisions[k] === pooled.labels[k]) model++;
    if (pooled.after.decisions[k] === pooled.labels[k]) fallback++;
  });
  return { model: n ? model / n : NaN, fallback: n ? fallback / n : NaN, labeled: n };
}
