import type { RetrainPolicy, WhatIfMetric, WhatIfVerdict } from '../protocol';

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
