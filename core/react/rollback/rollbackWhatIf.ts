import type { TimeBucketName } from '../../protocol/messages';
import type { WhatIfChanged, WhatIfMetric, WhatIfCore } from '../../protocol/whatif';
import type { Comparison } from '../backtest/compare';
import type { Side } from '../backtest/metrics';
import type { Group } from './unpairedComparison';
import type { OnCompared } from '../backtest/compared';
import { compareMetrics } from '../backtest/compare';
import { bootstrapSettings, directResult, spanOf } from '../backtest/directResult';
import { unpairedComparison } from './unpairedComparison';
import { rollbackAssumptions } from './rollbackAssumptions';

export interface RollbackInput {
  times: ArrayLike<number>;
  scores: ArrayLike<number>;
  /** The live 0/1 decision of each record (logged, or score >= the live rule). */
  decisions: ArrayLike<number>;
  labels: ArrayLike<number>;
  versions: readonly (string | null)[];
  /** The previous version's score in shadow, NaN where it did not score; null with no shadow column. */
  shadowScores: ArrayLike<number> | null;
  shadowColumn: string | null;
}

export interface RollbackOptions {
  current: string;
  previous: string;
  /** The previous version's own decision rule: positive when its score >= threshold. */
  previousThreshold: { threshold: number; source: string };
  bucket?: TimeBucketName;
  level?: number;
  replicates?: number;
  seed?: number;
  /** Called with the paired records only: records of different windows are not compared one by one. */
  onCompared?: OnCompared;
}

export const ROLLBACK_METRICS: WhatIfMetric[] = ['accuracy', 'precision', 'recall', 'f1', 'brier', 'logLoss'];

/**
 * Serving `previous` instead of `current`: on the records `current` served where `previous`
 * scored in shadow, both compared on the same labeled records; with no such records, each
 * version on its own time window (confounded by drift, and said so).
 */
export function rollbackWhatIf(input: RollbackInput, options: RollbackOptions): WhatIfCore {
  const o = { ...options, ...bootstrapSettings(options), bucket: options.bucket ?? ('day' as TimeBucketName) };
  const shadowRows = rowsWhere(input, (i) => input.versions[i] === o.current && input.shadowScores !== null && !Number.isNaN(input.shadowScores[i]));
  const paired = shadowRows.length > 0;
  const compareOptions = { level: o.level, replicates: o.replicates, seed: o.seed };
  let comparisons: Array<readonly [WhatIfMetric, Comparison]>;
  let changed: WhatIfChanged;
  let labeled: number;
  let spanRows: Int32Array;
  if (paired) {
    const shadow = input.shadowScores as ArrayLike<number>;
    const after = (i: number) => ({ score: shadow[i], decision: shadow[i] >= o.previousThreshold.threshold ? 1 : 0 });
    const before = (i: number) => ({ score: input.scores[i], decision: input.decisions[i] });
    const labeledRows = shadowRows.filter((i) => isLabel(input.labels[i]) && !Number.isNaN(input.scores[i]));
    const pooled = { labels: Float64Array.from(labeledRows, (i) => input.labels[i]), before: sideOf(labeledRows, before), after: sideOf(labeledRows, after) };
    comparisons = compareMetrics(ROLLBACK_METRICS, pooled, compareOptions);
    options.onCompared?.({ ...pooled, rows: labeledRows });
    changed = { decisions: 0, scores: 0, of: shadowRows.length };
    for (const i of shadowRows) {
      if (before(i).decision !== after(i).decision) changed.decisions++;
      if (before(i).score !== after(i).score) changed.scores++;
    }
    labeled = labeledRows.length;
    spanRows = shadowRows;
  } else {
    const own = (version: string) => rowsWhere(input, (i) => input.versions[i] === version && isLabel(input.labels[i]) && !Number.isNaN(input.scores[i]));
    const before = groupOf(input, own(o.current));
    const after = groupOf(input, own(o.previous));
    comparisons = ROLLBACK_METRICS.map((m) => [m, unpairedComparison(m, before, after, compareOptions)] as const);
    const records = rowsWhere(input, (i) => input.versions[i] === o.current || input.versions[i] === o.previous);
    changed = { decisions: 0, scores: 0, of: records.length };
    labeled = before.labels.length + after.labels.length;
    spanRows = records;
  }
  return directResult({
    remediation: { kind: 'rollback', current: o.current, previous: o.previous },
    bucket: o.bucket,
    primary: 'accuracy',
    comparisons,
    labeled,
    changed,
    bootstrap: { replicates: o.replicates, seed: o.seed, level: o.level },
    assumptions: rollbackAssumptions({ ...o, paired, shadowColumn: input.shadowColumn }),
    parameters: { kind: 'rollback', version: o.previous, threshold: o.previousThreshold.threshold, shadowColumn: paired ? (input.shadowColumn as string) : '' },
    span: spanOf(input.times, spanRows),
  });
}

function isLabel(y: number): boolean {
  return y === 0 || y === 1;
}

function rowsWhere(input: RollbackInput, keep: (i: number) => boolean): Int32Array {
  const rows: number[] = [];
  for (let i = 0; i < input.versions.length; i++) if (keep(i)) rows.push(i);
  return Int32Array.from(rows);
}

function sideOf(rows: Int32Array, at: (i: number) => { score: number; decision: number }): Side {
  return { scores: Float64Array.from(rows, (i) => at(i).score), decisions: Float64Array.from(rows, (i) => at(i).decision) };
}

function groupOf(input: RollbackInput, rows: Int32Array): Group {
  return {
    labels: Float64Array.from(rows, (i) => input.labels[i]),
    side: sideOf(rows, (i) => ({ score: input.scores[i], decision: input.decisions[i] })),
  };
}
