import { resolve } from 'node:path';
import type { CostMatrix, RetrainPolicy, ThresholdObjective, WhatIfAsk } from '../../core/protocol/whatif';
import { UsageError, choiceFlag, stringFlag, type ParsedArgs } from '../args';

export const REMEDIATIONS = ['threshold', 'recalibrate', 'fallback', 'rollback', 'repair', 'schedule'] as const;

/** The remediation the flags ask for; a usage error names the flag that is wrong. */
export function whatIfRequestOf(args: ParsedArgs): WhatIfAsk {
  const kind = stringFlag(args, 'remediation');
  if (kind === undefined) throw new UsageError(`--remediation is required: one of ${REMEDIATIONS.join(', ')}`);
  switch (choiceFlag(args, 'remediation', REMEDIATIONS, 'threshold')) {
    case 'threshold': {
      const column = stringFlag(args, 'per-slice');
      const minLabeled = wholeFlag(args, 'min-labeled', 1) ?? 200;
      return { kind: 'threshold', objective: objectiveOf(stringFlag(args, 'objective') ?? 'f1'), ...(column ? { perSlice: { column, minLabeled } } : {}) };
    }
    case 'recalibrate':
      return { kind: 'recalibrate', method: choiceFlag(args, 'method', ['platt', 'isotonic', 'prior'] as const, 'platt') };
    case 'fallback':
      if (stringFlag(args, 'where') === undefined) throw new UsageError('--remediation fallback needs --where "column=value" naming the slice to route');
      return { kind: 'fallback', action: choiceFlag(args, 'action', ['negative', 'positive', 'review'] as const, 'review') };
    case 'rollback':
      return { kind: 'rollback', current: stringFlag(args, 'current'), previous: stringFlag(args, 'previous') };
    case 'repair':
      return repairOf(args);
    case 'schedule':
      return scheduleOf(args);
  }
}

function repairOf(args: ParsedArgs): WhatIfAsk {
  const stage = stringFlag(args, 'stage');
  const column = stringFlag(args, 'column');
  if (!stage || !column) throw new UsageError('--remediation repair needs --stage S and --column C');
  if (stringFlag(args, 'with') === undefined) throw new UsageError('--remediation repair needs --with impute|upstream|clip|drop');
  const method = choiceFlag(args, 'with', ['impute', 'upstream', 'clip', 'drop'] as const, 'impute');
  const upstreamStage = stringFlag(args, 'upstream-stage');
  const model = stringFlag(args, 'model');
  if (model !== undefined && model.trim() === '') throw new UsageError('--model needs the path of an ONNX file');
  return { kind: 'repair', stage, column, with: method, ...(upstreamStage ? { upstreamStage } : {}), ...(model ? { model: resolve(model) } : {}) };
}

function scheduleOf(args: ParsedArgs): WhatIfAsk {
  const policy = policyOf(stringFlag(args, 'policy') ?? 'every:7');
  const costText = stringFlag(args, 'retrain-cost');
  const retrainCost = costText === undefined ? 0 : Number(costText);
  if (costText !== undefined && (costText.trim() === '' || !Number.isFinite(retrainCost) || retrainCost < 0)) {
    throw new UsageError(`--retrain-cost must be a number >= 0, the cost of one retraining (got "${costText}")`);
  }
  const labelLagDays = wholeFlag(args, 'label-lag-days', 0);
  const costs = stringFlag(args, 'costs');
  const ageUnit = choiceFlag(args, 'age-unit', ['week', 'day'] as const, 'week');
  return {
    kind: 'schedule', policy, retrainCost,
    ...(labelLagDays !== undefined ? { labelLagDays } : {}),
    ...(ageUnit === 'day' ? { ageUnitDays: 1 } : {}),
    ...(costs !== undefined ? { costs: costsOf(costs, `--costs must be fp=A,fn=B (optionally tp=C,tn=D) (got "${costs}")`) } : {}),
  };
}

/** never | every:N | on-drift */
export function policyOf(text: string): RetrainPolicy {
  const [name, rest] = splitOnce(text.trim(), ':');
  if (name === 'never' && rest === undefined) return { kind: 'never' };
  if (name === 'on-drift' && rest === undefined) return { kind: 'on-drift' };
  const days = Number(rest);
  if (name === 'every' && rest !== undefined && rest.trim() !== '' && Number.isInteger(days) && days >= 1) return { kind: 'every', days };
  throw new UsageError(`--policy must be never, every:N (N whole days >= 1) or on-drift (got "${text}")`);
}

/** f1 | precision:0.9 | recall:0.8 | cost:fp=1,fn=5 */
export function objectiveOf(text: string): ThresholdObjective {
  const usage = `--objective must be f1, precision:T, recall:T (T in (0, 1]) or cost:fp=A,fn=B (got "${text}")`;
  const [name, rest] = splitOnce(text.trim(), ':');
  if (name === 'f1' && rest === undefined) return { kind: 'f1' };
  if ((name === 'precision' || name === 'recall') && rest !== undefined) {
    const target = Number(rest);
    if (rest.trim() !== '' && target > 0 && target <= 1) return { kind: name, target };
  }
  if (name === 'cost' && rest !== undefined) return { kind: 'cost', costs: costsOf(rest, usage) };
  throw new UsageError(usage);
}

function costsOf(text: string, usage: string): CostMatrix {
  const names: Record<string, keyof CostMatrix> = { fp: 'falsePositive', fn: 'falseNegative', tp: 'truePositive', tn: 'trueNegative' };
  const costs: Partial<CostMatrix> = {};
  for (const part of text.split(',')) {
    const [key, value] = splitOnce(part.trim(), '=');
    const x = Number(value);
    if (!(key in names) || value === undefined || value.trim() === '' || !Number.isFinite(x)) throw new UsageError(usage);
    costs[names[key]] = x;
  }
  if (costs.falsePositive === undefined || costs.falseNegative === undefined) throw new UsageError(usage);
  return costs as CostMatrix;
}

function splitOnce(text: string, at: string): [string, string | undefined] {
  const i = text.indexOf(at);
  return i < 0 ? [text, undefined] : [text.slice(0, i), text.slice(i + 1)];
}

export function wholeFlag(args: ParsedArgs, name: string, min: number): number | undefined {
  const text = stringFlag(args, name);
  if (text === undefined) return undefined;
  const x = Number(text);
  if (text.trim() === '' || !Number.isInteger(x) || x < min) throw new UsageError(`--${name} must be a whole number >= ${min} (got "${text}")`);
  return x;
}
