import type { SlicePredicate, TimeBucketName } from '../../core/protocol';
import type { CostMatrix, FallbackAction, RecalibrationMethod, RepairMethod, RetrainPolicy, ThresholdObjective, WhatIfAsk, WhatIfScope } from '../../core/protocol/whatif';
import type { WhatIfRun, WhatIfSetup, WhatIfToHost } from '../../core/protocol/messages';

// Webview messages and restored state may come back from disk or render log data, so every
// ask and scope is rebuilt field by field from what is checked, never passed on as received.

const RECALIBRATIONS: readonly RecalibrationMethod[] = ['platt', 'isotonic', 'prior'];
const FALLBACKS: readonly FallbackAction[] = ['negative', 'positive', 'review'];
const REPAIRS: readonly RepairMethod[] = ['impute', 'upstream', 'clip', 'drop'];
const BUCKETS: readonly TimeBucketName[] = ['hour', 'day', 'week'];

export function parseWhatIfAsk(value: unknown): WhatIfAsk | undefined {
  if (!isObject(value)) return undefined;
  switch (value.kind) {
    case 'threshold': {
      const objective = parseObjective(value.objective);
      if (!objective) return undefined;
      const per = isObject(value.perSlice) && isText(value.perSlice.column) && isCount(value.perSlice.minLabeled) ? { column: value.perSlice.column, minLabeled: value.perSlice.minLabeled } : undefined;
      return { kind: 'threshold', objective, ...(per ? { perSlice: per } : {}) };
    }
    case 'recalibrate': {
      const method = RECALIBRATIONS.find((m) => m === value.method);
      return method && { kind: 'recalibrate', method };
    }
    case 'fallback': {
      const action = FALLBACKS.find((a) => a === value.action);
      return action && { kind: 'fallback', action };
    }
    case 'rollback':
      return { kind: 'rollback', ...texts(value, ['current', 'previous']) };
    case 'repair': {
      const method = REPAIRS.find((m) => m === value.with);
      if (!method || !isText(value.stage) || !isText(value.column)) return undefined;
      return { kind: 'repair', stage: value.stage, column: value.column, with: method, ...texts(value, ['upstreamStage', 'model']) };
    }
    case 'schedule':
      return parseSchedule(value);
    default:
      return undefined;
  }
}

function parseSchedule(value: Record<string, unknown>): WhatIfAsk | undefined {
  const policy = parsePolicy(value.policy);
  if (!policy || !isFinite(value.retrainCost) || value.retrainCost < 0) return undefined;
  const lag = isCount(value.labelLagDays) ? { labelLagDays: value.labelLagDays } : {};
  const unit = isCount(value.ageUnitDays) && value.ageUnitDays >= 1 ? { ageUnitDays: value.ageUnitDays } : {};
  const costs = isObject(value.costs) ? parseCosts(value.costs) : undefined;
  return { kind: 'schedule', policy, retrainCost: value.retrainCost, ...lag, ...unit, ...(costs ? { costs } : {}) };
}

function parsePolicy(value: unknown): RetrainPolicy | undefined {
  if (!isObject(value)) return undefined;
  if (value.kind === 'never' || value.kind === 'on-drift') return { kind: value.kind };
  return value.kind === 'every' && isCount(value.days) && value.days >= 1 ? { kind: 'every', days: value.days } : undefined;
}

function parseObjective(value: unknown): ThresholdObjective | undefined {
  if (!isObject(value)) return undefined;
  if (value.kind === 'f1') return { kind: 'f1' };
  if ((value.kind === 'precision' || value.kind === 'recall') && isShare(value.target)) return { kind: value.kind, target: value.target };
  const costs = value.kind === 'cost' && isObject(value.costs) ? parseCosts(value.costs) : undefined;
  return costs && { kind: 'cost', costs };
}

function parseCosts(value: Record<string, unknown>): CostMatrix | undefined {
  if (!isFinite(value.falsePositive) || !isFinite(value.falseNegative)) return undefined;
  const optional = Object.fromEntries((['truePositive', 'trueNegative'] as const).filter((k) => isFinite(value[k])).map((k) => [k, value[k]]));
  return { falsePositive: value.falsePositive, falseNegative: value.falseNegative, ...optional };
}

export function parseWhatIfScope(value: unknown): WhatIfScope {
  if (!isObject(value)) return {};
  const where = parsePredicates(value.where);
  const bucket = BUCKETS.find((b) => b === value.bucket);
  const groupBy = Array.isArray(value.groupBy) && value.groupBy.every(isText) ? (value.groupBy as string[]) : undefined;
  const level = isShare(value.level) && value.level > 0 && value.level < 1 ? value.level : undefined;
  return {
    ...(isFinite(value.start) ? { start: value.start } : {}),
    ...(isFinite(value.end) ? { end: value.end } : {}),
    ...(where ? { where } : {}),
    ...(bucket ? { bucket } : {}),
    ...(level ? { level } : {}),
    ...(groupBy ? { groupBy } : {}),
    ...(isCount(value.fitWindows) ? { fitWindows: value.fitWindows } : {}),
    ...(isCount(value.replicates) && value.replicates <= 10_000 ? { replicates: value.replicates } : {}),
    ...(Number.isInteger(value.seed) ? { seed: value.seed as number } : {}),
  };
}

export function parsePredicates(value: unknown): SlicePredicate[] | undefined {
  if (!Array.isArray(value) || !value.length) return undefined;
  const predicates = value.filter((p): p is SlicePredicate => isObject(p) && isText(p.feature) && typeof p.value === 'string');
  return predicates.length === value.length ? predicates.map((p) => ({ feature: p.feature, value: p.value })) : undefined;
}

/** A What-If panel's own message from the webview, checked. */
export function parseWhatIfMessage(value: unknown): WhatIfToHost | undefined {
  if (!isObject(value)) return undefined;
  if (value.type === 'runWhatIf') {
    const ask = parseWhatIfAsk(value.ask);
    return ask && { type: 'runWhatIf', ask, scope: parseWhatIfScope(value.scope) };
  }
  if (value.type === 'exportWhatIf' && isCount(value.id)) return { type: 'exportWhatIf', id: value.id };
  return undefined;
}

export function parseWhatIfSetup(value: unknown): WhatIfSetup | undefined {
  if (!isObject(value) || !isText(value.target)) return undefined;
  const ask = parseWhatIfAsk(value.ask);
  return { target: value.target, scope: parseWhatIfScope(value.scope), ...(ask ? { ask } : {}), ...(isText(value.origin) ? { origin: value.origin } : {}) };
}

/**
 * The runs a restored webview kept: results are shown as they were (they are plain data the
 * host computed) after a shape check, and never re-run on their own.
 */
export function parseWhatIfRuns(value: unknown): WhatIfRun[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((run): WhatIfRun[] => {
    if (!isObject(run) || !isCount(run.id) || !isObject(run.result) || run.result.kind !== 'whatif') return [];
    const ask = parseWhatIfAsk(run.ask);
    return ask ? [{ id: run.id, ask, scope: parseWhatIfScope(run.scope), result: run.result as unknown as WhatIfRun['result'] }] : [];
  });
}

function texts<K extends string>(value: Record<string, unknown>, names: K[]): Partial<Record<K, string>> {
  return Object.fromEntries(names.filter((n) => isText(value[n])).map((n) => [n, value[n]])) as Partial<Record<K, string>>;
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

function isFinite(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isShare(value: unknown): value is number {
  return isFinite(value) && value >= 0 && value <= 1;
}

function isCount(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
