import type { LogTable } from '../../io/logTable';
import type { Pipeline } from '../../io/pipeline';
import type { RepairMethod } from '../../protocol/whatif';
import type { ReferenceValues } from './referenceValues';
import { SightlineInputError } from '../../io/errors';
import { quantileSorted } from '../../stats/quantile';
import { referenceValues } from './referenceValues';
import { stageColumnAt } from './stageColumnAt';

/** How the repaired column's value of each touched record is replaced. */
export type ReplacementRule =
  | { kind: 'value'; method: 'impute' | 'drop'; value: number; reference: ReferenceValues }
  | { kind: 'clip'; low: number; high: number; reference: ReferenceValues }
  /** Per prediction row, the upstream stage's value (NaN where it has none). */
  | { kind: 'upstream'; stage: string; values: Float64Array };

export interface RuleRequest {
  stage: string;
  column: string;
  with: RepairMethod;
  upstreamStage?: string;
}

/**
 * impute: the reference median (the share of ones rounded, for a 0/1 column); drop: the
 * reference mean; clip: the reference minimum and maximum; upstream: the same record's value in
 * the upstream stage.
 */
export async function replacementRule(pipeline: Pipeline, tables: ReadonlyMap<string, LogTable>, request: RuleRequest, rows: Int32Array, signal?: AbortSignal): Promise<ReplacementRule> {
  if (request.with === 'upstream') {
    const stage = request.upstreamStage ?? nearestUpstream(pipeline, tables, request.stage, request.column);
    const keyed = stageColumnAt(pipeline, tables, stage, request.column, rows);
    if (keyed.column.type === 'category') {
      throw new SightlineInputError('repair.not-numeric', `${stage}.${request.column} holds text, not the numbers the model reads`, { column: request.column });
    }
    return { kind: 'upstream', stage, values: keyed.column.values };
  }
  const reference = await referenceValues(pipeline, tables, request.stage, request.column, signal);
  const sorted = Float64Array.from(reference.values).sort();
  if (request.with === 'clip') return { kind: 'clip', low: sorted[0], high: sorted[sorted.length - 1], reference };
  if (request.with === 'drop') return { kind: 'value', method: 'drop', value: mean(sorted), reference };
  const binary = sorted.every((v) => v === 0 || v === 1);
  return { kind: 'value', method: 'impute', value: binary ? Math.round(mean(sorted)) : quantileSorted(sorted, 0.5), reference };
}

/** The replaced values of the touched records; `rows` index both `values` and an upstream rule's values. */
export function applyRule(rule: ReplacementRule, values: Float64Array, rows: ArrayLike<number>): Float64Array {
  const out = new Float64Array(rows.length);
  for (let k = 0; k < rows.length; k++) {
    const v = values[k];
    if (rule.kind === 'value') out[k] = rule.value;
    else if (rule.kind === 'clip') out[k] = Number.isNaN(v) ? v : Math.min(rule.high, Math.max(rule.low, v));
    else out[k] = rule.values[rows[k]];
  }
  return out;
}

/** The nearest stage before `stageName` that logs a column named `column`. */
function nearestUpstream(pipeline: Pipeline, tables: ReadonlyMap<string, LogTable>, stageName: string, column: string): string {
  const at = pipeline.stages.findIndex((s) => s.name === stageName);
  for (let i = at - 1; i >= 0; i--) {
    const table = tables.get(pipeline.stages[i].name);
    if (table?.columns.some((c) => c.name === column)) return pipeline.stages[i].name;
  }
  throw new SightlineInputError('repair.no-upstream', `no stage before "${stageName}" logs a column "${column}", so there is no upstream value to revert to`, {
    file: pipeline.source,
    column,
    hint: 'Name the stage with upstreamStage (--upstream-stage), or repair with impute, clip or drop.',
  });
}

function mean(values: Float64Array): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}
