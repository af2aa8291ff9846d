import type { CostMatrix, ThresholdObjective } from '../../core/protocol/whatif';
import type { PipelineWhatIfRequest } from '../../core/react/pipeline/whatIfRequest';
import { UsageError, choiceFlag, stringFlag, type ParsedArgs } from '../args';

export const REMEDIATIONS = ['threshold', 'recalibrate', 'fallback', 'rollback', 'repair'] as const;

/** The remediation the flags ask for; a usage error names the flag that is wrong. */
export function whatIfRequestOf(args: ParsedArgs): PipelineWhatIfRequest {
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
  }
}

function repairOf(args: ParsedArgs): PipelineWhatIfRequest {
  const stage = stringFlag(args, 'stage');
  const column = stringFlag(args, 'column');
  if (!stage || !column) throw new UsageError('--remediation repair needs --stage S and --column C');
  if (stringFlag(args, 'with') === undefined) throw new UsageError('--remediation repair needs --with impute|upstream|clip|drop');
  const method = choiceFlag(args, 'with', ['impute', 'upstream', 'clip', 'drop'] as const, 'impute');
  const upstreamStage = stringFlag(args, 'upstream-stage');
  return { kind: 'repair', stage, column, with: method, ...(upstreamStage ? { upstreamStage } : {}) };
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
