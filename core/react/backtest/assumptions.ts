import type { FittedRemediation, WhatIfMetric } from '../../protocol/whatif';
import { THRESHOLD_TIE_RULE } from '../threshold/chooseThreshold';
import { PLATT_EPS } from '../recalibrate/platt';
import { LOG_LOSS_EPS } from '../../detect/performance/logLoss';

export interface AssumptionContext {
  remediation: FittedRemediation;
  fitWindows: number;
  bucket: string;
  decisionThreshold: number;
  level: number;
  replicates: number;
  seed: number;
  metrics: WhatIfMetric[];
}

/** What the result rests on, in words, in the order a reader needs them. */
export function whatIfAssumptions(c: AssumptionContext): string[] {
  const out = [
    `out of sample: for each ${c.bucket}, the remediation is fitted on the last ${c.fitWindows} earlier ${c.bucket}(s) with labels and applied to that ${c.bucket}; the out-of-sample records of all ${c.bucket}s are pooled`,
    `before is the rule in place: positive when score >= ${c.decisionThreshold}`,
    'before and after are measured on the same labeled records (a record with a label and a score)',
    `${Math.round(c.level * 100)}% intervals: Wilson for accuracy, precision and recall; percentile bootstrap (${c.replicates} replicates, seed ${c.seed}) for the other metrics and for every difference, resampling the same records on both sides (paired); records are treated as independent`,
    'verdict: helps or hurts only when the difference interval excludes 0, otherwise no clear change',
  ];
  if (c.metrics.includes('logLoss')) out.push(`log loss clips scores to [${LOG_LOSS_EPS}, 1 - ${LOG_LOSS_EPS}]`);
  return out.concat(remediationAssumptions(c.remediation, c.decisionThreshold));
}

function remediationAssumptions(r: FittedRemediation, decisionThreshold: number): string[] {
  if (r.kind === 'threshold') {
    const out = [THRESHOLD_TIE_RULE, `where no threshold meets the objective on the fit windows, the rule in place (${decisionThreshold}) is kept`];
    if (r.perSlice) out.push(`one threshold per slice with at least ${r.perSlice.minLabeled} labeled records in the fit windows; other slices use the global threshold (export.parameters.fallback says which and why)`);
    return out;
  }
  const after = `recalibrated scores are decided at the same rule: positive when score >= ${decisionThreshold}`;
  switch (r.method) {
    case 'platt':
      return [
        `Platt scaling: P(1) = 1 / (1 + exp(-(a·logit(score) + b))) by maximum likelihood (Newton's method), with Platt's smoothed targets (N+ + 1)/(N+ + 2) and 1/(N- + 2); scores clipped to [${PLATT_EPS}, 1 - ${PLATT_EPS}] before the logit`,
        after,
      ];
    case 'isotonic':
      return [
        'isotonic regression by pool-adjacent-violators, equal scores pooled first; between breakpoints linear interpolation, outside them the end values (clip)',
        after,
      ];
    case 'prior':
      return [
        'label-prior shift: P(score | class) is the same in the fit and score windows and the scores are posteriors for one class prior (the training prior), found on the fit windows as the prior from which moving the labeled records\' scores to their label rate keeps their mean at that rate',
        'the new prior is estimated by the EM of Saerens, Latinne and Decaestecker (2002) from the score window\'s scores (all its records, no labels), then scores are moved to it by the odds adjustment',
        after,
      ];
  }
}
