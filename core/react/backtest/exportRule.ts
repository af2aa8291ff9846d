import type { WhatIfParameters } from '../../protocol/whatif';

/** How the user's pipeline applies the exported parameters, in words. */
export function exportRule(p: WhatIfParameters): string {
  switch (p.kind) {
    case 'threshold':
      if (p.global === null && !Object.keys(p.perSlice).length) return 'no threshold met the objective on the fit windows: keep the rule in place';
      return Object.keys(p.perSlice).length ? 'positive when score >= perSlice[slice] if the slice has its own threshold, else score >= global' : `positive when score >= ${p.global}`;
    case 'platt':
      return 'score\' = 1 / (1 + exp(-(a * ln(score / (1 - score)) + b)))';
    case 'isotonic':
      return 'score\' = linear interpolation of y over x at score; below x[0] y[0], above the last x the last y';
    case 'prior':
      return 'score\' = r * score / (r * score + (1 - newPrior) / (1 - trainingPrior) * (1 - score)) with r = newPrior / trainingPrior; newPrior was estimated on the latest window and should be re-estimated on the data it is applied to';
    case 'fallback':
      return `records matching every predicate of where get the decision "${p.action}" (review: sent to people) instead of the model's`;
    case 'rollback':
      return `serve model version ${p.version}, positive when its score >= threshold`;
    case 'repair':
      return `before scoring, replace ${p.stage}.${p.column} by the ${p.with} value (replacement) on records matching where`;
    case 'schedule':
      return p.policy.kind === 'never'
        ? 'keep serving the model in place; never retrain'
        : `retrain the model ${p.policy.kind === 'every' ? `every ${p.policy.days} days` : 'whenever monitoring flags drift on its inputs or scores'} (${p.retrains.length} retrainings over the replayed history, at retrains), each costing retrainCost`;
  }
}
