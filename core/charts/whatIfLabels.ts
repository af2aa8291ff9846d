import type { Remediation, RetrainPolicy, WhatIfMetric, WhatIfVerdict } from '../protocol';
import { predicatesText } from './sliceLabels';

/** How a metric is named on axes, in tables and in headlines. */
export const METRIC_NAMES: Record<WhatIfMetric, string> = {
  accuracy: 'accuracy',
  precision: 'precision',
  recall: 'recall',
  f1: 'F1',
  brier: 'Brier score',
  logLoss: 'log loss',
  expectedCost: 'expected cost',
};

/** A verdict's color; null (no interval could be computed) is drawn like "no clear change" but named apart. */
export const VERDICT_COLORS: Record<WhatIfVerdict | 'no interval', string> = {
  helps: '#2f9e62',
  'no clear change': '#8a8f98',
  hurts: '#d9534f',
  'no interval': '#b7bcc4',
};

export function verdictName(verdict: WhatIfVerdict | null): WhatIfVerdict | 'no interval' {
  return verdict ?? 'no interval';
}

export function policyName(policy: RetrainPolicy): string {
  if (policy.kind === 'never') return 'never retrain';
  if (policy.kind === 'every') return `retrain every ${policy.days} ${policy.days === 1 ? 'day' : 'days'}`;
  return 'retrain on drift';
}

/** A remediation in a few words, for headlines, tables, chart labels and file names. */
export function remediationName(r: Remediation): string {
  switch (r.kind) {
    case 'threshold':
      return `Threshold (${r.objective.kind === 'f1' ? 'best F1' : r.objective.kind === 'cost' ? 'least cost' : `${r.objective.kind} ≥ ${r.objective.target}`}${r.perSlice ? ', per slice' : ''})`;
    case 'recalibrate':
      return `Recalibration (${r.method})`;
    case 'fallback':
      return `Fallback of ${predicatesText(r.where)} to ${r.action}`;
    case 'rollback':
      return `Rollback ${r.current} → ${r.previous}`;
    case 'repair':
      return `Repair ${r.stage}.${r.column} (${r.with}${r.upstreamStage ? ` from ${r.upstreamStage}` : ''})`;
    case 'schedule':
      return `Retraining schedule (${policyName(r.policy)}, ${r.retrainCost} per retraining)`;
  }
}
