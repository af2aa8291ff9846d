import { minEffectText } from '../../core/report/detectionSummary';
import type { DriftResult } from '../../core/protocol';
import { driftTable } from '../shared/driftTable';
import { el } from '../shared/elements';
import type { ChartFrame } from './chartFrame';

export type AddDriftChart = (key: 'drift.effects') => Promise<ChartFrame | undefined>;

/** A drift result: the rule, effect sizes against the minimum, then the per-column table. */
export async function driftView(result: DriftResult, root: HTMLElement, addChart: AddDriftChart): Promise<void> {
  // The title already names both sides (`pipeline` is "reference vs current"): say the rule here.
  root.append(el('p', { className: 'meta', text: `Drifted: the adjusted p is below ${result.level} and the effect's interval reaches the ${minEffectText(result)}.` }));
  await addChart('drift.effects');
  root.append(driftTable(result));
}
