import * as vscode from 'vscode';
import type { MonitorAlert, SlicePredicate, TimeBucketName } from '../../core/protocol';
import { BUCKET_MS } from '../../core/protocol';
import type { WhatIfSetup } from '../../core/protocol/messages';
import type { RepairMethod, WhatIfAsk, WhatIfScope } from '../../core/protocol/whatif';
import { predicatesText } from '../../core/charts';
import { runWithProgress } from '../analysis/runWithProgress';
import type { Services } from '../services';

type Pick<T> = vscode.QuickPickItem & { value: T };

/** The palette's remediations; a fallback needs a slice, so it sends the user to the Slice Explorer. */
export async function pickPaletteAsk(services: Services, target: string): Promise<WhatIfAsk | 'findSlices' | undefined> {
  const kind = await quickPick<WhatIfAsk['kind'] | 'findSlices'>('What remediation do you want to simulate?', [
    { label: 'Threshold', description: 'move the decision threshold to meet an F1, precision or recall target', value: 'threshold' },
    { label: 'Recalibrate', description: 'Platt, isotonic or prior-shift recalibration of the scores', value: 'recalibrate' },
    { label: 'Fallback of a slice', description: 'needs a slice: opens the Slice Explorer, then "What if…" on a slice', value: 'findSlices' },
    { label: 'Rollback', description: 'serve the previous model version (needs shadow predictions)', value: 'rollback' },
    { label: 'Repair a column', description: 'replace a stage column’s values and re-score the records', value: 'repair' },
    { label: 'Retraining schedule', description: 'replay never, every N days and on drift from accuracy against model age', value: 'schedule' },
  ]);
  switch (kind) {
    case 'threshold':
      return pickThreshold();
    case 'recalibrate': {
      const method = await quickPick('Recalibration method', [
        { label: 'Platt', description: 'logistic fit on logit(score)', value: 'platt' as const },
        { label: 'Isotonic', description: 'monotone step fit', value: 'isotonic' as const },
        { label: 'Prior shift', description: 'adjust for a changed positive rate', value: 'prior' as const },
      ]);
      return method && { kind: 'recalibrate', method };
    }
    case 'rollback':
      return { kind: 'rollback' };
    case 'repair':
      return pickRepair(services, target);
    case 'schedule':
      return pickSchedule();
    case 'findSlices':
      return 'findSlices';
    default:
      return undefined;
  }
}

async function pickSchedule(): Promise<WhatIfAsk | undefined> {
  const policy = await quickPick('Retrain when? (every policy is replayed; this one gives the verdict)', [
    { label: 'Every 7 days', value: { kind: 'every', days: 7 } as const },
    { label: 'Every 30 days', value: { kind: 'every', days: 30 } as const },
    { label: 'When drift is flagged', value: { kind: 'on-drift' } as const },
    { label: 'Never', value: { kind: 'never' } as const },
  ]);
  if (!policy) return undefined;
  const cost = await vscode.window.showInputBox({ prompt: 'Cost of one retraining (in the units you price errors in; 0 to leave it out)', value: '0', validateInput: (v) => (Number(v) >= 0 && v.trim() !== '' ? undefined : 'a number >= 0') });
  return cost === undefined ? undefined : { kind: 'schedule', policy, retrainCost: Number(cost) };
}

export async function pickThreshold(): Promise<WhatIfAsk | undefined> {
  const objective = await quickPick('Threshold objective', [
    { label: 'Best F1', value: 'f1' as const },
    { label: 'Precision target', description: 'the lowest threshold that reaches it (most recall)', value: 'precision' as const },
    { label: 'Recall target', description: 'the highest threshold that reaches it (most precision)', value: 'recall' as const },
  ]);
  if (!objective) return undefined;
  if (objective === 'f1') return { kind: 'threshold', objective: { kind: 'f1' } };
  const text = await vscode.window.showInputBox({ prompt: `${objective} target between 0 and 1`, value: '0.9', validateInput: (v) => (isShare(Number(v)) ? undefined : 'a number between 0 and 1') });
  return text === undefined ? undefined : { kind: 'threshold', objective: { kind: objective, target: Number(text) } };
}

/** Stage, column and method of a repair, from the stages the pipeline's logs hold. */
async function pickRepair(services: Services, target: string): Promise<WhatIfAsk | undefined> {
  const response = await runWithProgress(services.analysis, { kind: 'inspect', target }, 'Sightline: reading the pipeline’s stages');
  if (response?.kind !== 'result' || response.result.kind !== 'inspect') return undefined;
  const stages = response.result.stages;
  const stage = await quickPick('Stage to repair', stages.map((s) => ({ label: s.name, description: `${s.columns.length} columns`, value: s.name })));
  const columns = stages.find((s) => s.name === stage)?.columns ?? [];
  const column = stage && (await quickPick(`Column of ${stage}`, columns.map((c) => ({ label: c.name, value: c.name }))));
  if (!stage || !column) return undefined;
  const earlier = stages.slice(0, stages.findIndex((s) => s.name === stage)).map((s) => s.name);
  return pickRepairMethod(stage, column, earlier.at(-1));
}

export async function pickRepairMethod(stage: string, column: string, upstream: string | undefined): Promise<WhatIfAsk | undefined> {
  const methods: Pick<RepairMethod>[] = [
    ...(upstream ? [{ label: 'Upstream values', description: `take ${column} from ${upstream}`, value: 'upstream' as const }] : []),
    { label: 'Impute', description: 'the reference value', value: 'impute' },
    { label: 'Clip', description: 'to the reference range', value: 'clip' },
    { label: 'Drop', description: 'leave the records out', value: 'drop' },
  ];
  const method = await quickPick(`Repair ${stage}.${column} with`, methods);
  return method && { kind: 'repair', stage, column, with: method, ...(method === 'upstream' && upstream ? { upstreamStage: upstream } : {}) };
}

/** An alert item's what-if: on the alert's windows, a repair of its stage.column or a threshold there. */
export async function alertSetup(target: string, alert: MonitorAlert, bucket: TimeBucketName, upstream: string | undefined): Promise<WhatIfSetup | undefined> {
  const where = alert.column === '*' ? alert.stage : `${alert.stage}.${alert.column}`;
  const scope = { start: alert.onset, end: alert.last + BUCKET_MS[bucket], bucket };
  const choice = await quickPick<'repair' | 'threshold' | 'recalibrate'>(`What if… on the windows of ${alert.kind} alert at ${where}`, [
    ...(alert.column === '*' ? [] : [{ label: `Repair ${where}`, description: upstream ? `with ${upstream}'s values` : 'impute, clip or drop', value: 'repair' as const }]),
    { label: 'Threshold on these windows', description: 'best F1 or a precision/recall target', value: 'threshold' },
    { label: 'Recalibrate on these windows', description: 'Platt', value: 'recalibrate' },
  ]);
  const ask = choice === 'repair' ? await pickRepairMethod(alert.stage, alert.column, upstream) : choice === 'threshold' ? await pickThreshold() : choice === 'recalibrate' ? ({ kind: 'recalibrate', method: 'platt' } as const) : undefined;
  return ask && { target, ask, scope, origin: `${alert.kind} alert at ${where}`, run: true };
}

/** A slice's what-if (from the Slice Explorer): route it elsewhere, or its own threshold. */
export async function sliceSetup(target: string, where: SlicePredicate[], range: WhatIfScope = {}): Promise<WhatIfSetup | undefined> {
  const text = predicatesText(where);
  const ask = await quickPick<WhatIfAsk>(`What if… for the slice ${text}`, [
    { label: 'Fallback: send to review', description: 'people decide; left out of the automated metrics', value: { kind: 'fallback', action: 'review' } },
    { label: 'Fallback: always negative', value: { kind: 'fallback', action: 'negative' } },
    { label: 'Fallback: always positive', value: { kind: 'fallback', action: 'positive' } },
    { label: 'Threshold for this slice', description: 'best F1 on the slice’s records', value: { kind: 'threshold', objective: { kind: 'f1' } } },
  ]);
  return ask && { target, ask, scope: { where, ...(range.start !== undefined ? { start: range.start } : {}), ...(range.end !== undefined ? { end: range.end } : {}) }, origin: 'the Slice Explorer', run: true };
}

async function quickPick<T>(placeHolder: string, items: Pick<T>[]): Promise<T | undefined> {
  return (await vscode.window.showQuickPick(items, { placeHolder, ignoreFocusOut: true }))?.value;
}

function isShare(value: number): boolean {
  return Number.isFinite(value) && value > 0 && value <= 1;
}
