import type { LogTable } from '../../io/logTable';
import type { Pipeline } from '../../io/pipeline';
import type { WhatIfChanged, WhatIfParameters, WhatIfCore } from '../../protocol/whatif';
import type { RepairOptions, RepairRequest } from './repairRequest';
import type { ReplacementRule } from './replacementRule';
import { SightlineInputError } from '../../io/errors';
import { pipelineSliceTable } from '../../diagnose/slices/pipelineSliceTable';
import { exportRule } from '../backtest/exportRule';
import { REPAIR_DEFAULTS } from './repairRequest';
import { touchedRecords } from './touchedRecords';
import { replacementRule } from './replacementRule';
import { rescore } from './rescore';
import { loggedPredictions } from './loggedPredictions';
import { compareRepair, repairWindows } from './repairMetrics';
import { repairAssumptions } from './repairAssumptions';
import { repairColumn, repairStage } from './stageColumnAt';

const STEPS = ['join stages', 'select records', 'replacement', 're-score', 'metrics'];

/**
 * Replaces `request.stage.request.column` on the records it touches, re-scores them with the
 * real model of their version and compares the logged decisions with the re-scored ones on the
 * labeled touched records.
 */
export async function repairWhatIf(pipeline: Pipeline, tables: ReadonlyMap<string, LogTable>, request: RepairRequest, options: RepairOptions = {}): Promise<WhatIfCore> {
  const o = { ...REPAIR_DEFAULTS, ...options };
  let done = 0;
  const step = (): void => {
    options.signal?.throwIfAborted();
    options.onProgress?.(STEPS[done], done, STEPS.length);
    done++;
  };
  const { start, end, ...remediation } = request;
  const target = repairStage(pipeline, tables, request.stage);
  repairColumn(target.stage.name, target.table, request.column);
  step();
  const joined = pipelineSliceTable(pipeline, tables, { start, end });
  checkModelReads(joined.columnStages, request);
  step();
  const touched = touchedRecords(pipeline, tables, joined, request);
  step();
  const rule = await replacementRule(pipeline, tables, request, joined.rows, options.signal);
  step();
  const scores = await rescore({ pipeline, table: joined.table, column: request.column, touched, rule, model: request.model, signal: options.signal });
  step();
  const before = loggedPredictions(pipeline, tables, joined.rows, touched);
  const labels = Float64Array.from(touched, (i) => joined.labels[i]);
  const times = joined.time ? Float64Array.from(touched, (i) => joined.time!.values[i]) : new Float64Array(touched.length).fill(NaN);
  const after = { scores: scores.repaired, decisions: scores.decisions };
  const { compared, ...comparison } = compareRepair(labels, before, after, o);
  options.onCompared?.({ ...compared, rows: Int32Array.from(compared.rows, (k) => touched[k]) });
  const parameters = repairParameters(remediation, rule, scores.models);
  const changed = countChanged(before.decisions, after.decisions, scores.logged, scores.repaired);
  const reproduction = largestGap(before.scores, scores.logged);
  options.onProgress?.('done', STEPS.length, STEPS.length);
  return {
    kind: 'whatif',
    version: 1,
    remediation,
    bucket: 'day',
    primary: 'accuracy',
    verdict: comparison.difference.accuracy?.verdict ?? null,
    ...comparison,
    coverage: { labeled: comparison.labeled, total: touched.length, share: touched.length ? comparison.labeled / touched.length : 0 },
    recordsChanged: changed,
    backtest: {
      rows: repairWindows({ times, labels, before, after, baseline: scores.logged, parameters, fit: fitSpan(rule) }),
      skipped: [],
      fitWindows: 0,
      bootstrap: { replicates: o.replicates, seed: o.seed, level: o.level },
    },
    assumptions: repairAssumptions({
      remediation,
      rule,
      touched: touched.length,
      notRescored: countNaN(scores.repaired),
      reproduction,
      level: o.level,
      replicates: o.replicates,
      seed: o.seed,
      thresholds: Object.fromEntries(Object.entries(scores.models).map(([v, m]) => [v, m.threshold])),
    }),
    export: { fittedOn: fitSpan(rule), parameters, rule: exportRule(parameters) },
  };
}

/** The model reads a column by name from the latest stage that logs it: repairing an earlier stage's copy would not reach it. */
function checkModelReads(columnStages: Record<string, string>, request: RepairRequest): void {
  const owner = columnStages[request.column];
  if (owner === undefined || owner === request.stage) return;
  throw new SightlineInputError('repair.shadowed-column', `the model reads "${request.column}" as stage "${owner}" logs it, not "${request.stage}"; repairing ${request.stage}.${request.column} would not change its scores`, {
    column: request.column,
    hint: `Repair ${owner}.${request.column} (with "upstream" to revert it to ${request.stage}.${request.column}).`,
  });
}

function repairParameters(remediation: Omit<RepairRequest, 'start' | 'end'>, rule: ReplacementRule, models: Record<string, { file: string }>): WhatIfParameters {
  const replacement = rule.kind === 'upstream' ? { upstreamStage: rule.stage } : rule.kind === 'clip' ? { range: [rule.low, rule.high] as [number, number] } : { value: rule.value };
  return {
    kind: 'repair',
    stage: remediation.stage,
    column: remediation.column,
    with: remediation.with,
    ...(remediation.where ? { where: remediation.where } : {}),
    replacement,
    models: Object.fromEntries(Object.entries(models).map(([v, m]) => [v, m.file])),
  };
}

function fitSpan(rule: ReplacementRule): { start: number; end: number; labeled: number } {
  const range = rule.kind === 'upstream' ? undefined : rule.reference.range;
  return { start: range?.start ?? 0, end: range?.end ?? 0, labeled: 0 };
}

function countChanged(beforeDecisions: Float64Array, afterDecisions: Float64Array, logged: Float64Array, repaired: Float64Array): WhatIfChanged {
  const changed: WhatIfChanged = { decisions: 0, scores: 0, of: afterDecisions.length };
  for (let i = 0; i < afterDecisions.length; i++) {
    if (!Number.isNaN(afterDecisions[i]) && afterDecisions[i] !== beforeDecisions[i]) changed.decisions++;
    // Against the re-score of the logged inputs, so float32 rounding of an unchanged record is not a change.
    if (!Number.isNaN(repaired[i]) && repaired[i] !== logged[i]) changed.scores++;
  }
  return changed;
}

function largestGap(loggedScores: Float64Array, rescored: Float64Array): { largest: number; records: number } {
  let largest = 0;
  let records = 0;
  for (let i = 0; i < rescored.length; i++) {
    const gap = Math.abs(rescored[i] - loggedScores[i]);
    if (Number.isNaN(gap)) continue;
    records++;
    largest = Math.max(largest, gap);
  }
  return { largest, records };
}

function countNaN(values: Float64Array): number {
  let n = 0;
  for (const v of values) if (Number.isNaN(v)) n++;
  return n;
}
