import type { ReplacementRule } from './replacementRule';
import type { RepairRemediation } from './repairRequest';

export interface RepairAssumptionContext {
  remediation: RepairRemediation;
  rule: ReplacementRule;
  touched: number;
  notRescored: number;
  /** Largest |re-score of the logged inputs − logged score| over the touched records. */
  reproduction: { largest: number; records: number };
  level: number;
  replicates: number;
  seed: number;
  thresholds: Record<string, number>;
}

/** What a repair's result rests on, in words. */
export function repairAssumptions(c: RepairAssumptionContext): string[] {
  const r = c.remediation;
  const out = [
    `touched records: predictions whose record has a row in stage "${r.stage}"${r.where?.length ? ' and matches every where predicate (bin labels read as the ranges they print, rounded to 4 significant digits)' : ''}, in the time range; ${c.touched} records`,
    ruleText(c.rule, r),
    `after: each touched record re-scored with ${r.model ? `the one model ${r.model} (--model), whatever version logged it` : 'the ONNX model of its model version'}, the other inputs as logged; positive when score >= the model's threshold (${Object.entries(c.thresholds).map(([v, t]) => `${v}: ${t}`).join(', ')})`,
    'before: the logged scores and decisions',
    `the model files reproduce the logged scores to within ${c.reproduction.largest.toPrecision(3)} (largest |re-score of the logged inputs − logged score| over ${c.reproduction.records} records; the models compute in float32)`,
    'before and after are measured on the same labeled touched records (earliest label per key)',
    `${Math.round(c.level * 100)}% intervals: Wilson for accuracy, precision and recall; percentile bootstrap (${c.replicates} replicates, seed ${c.seed}) for the other metrics and every difference, paired; records are treated as independent`,
    'verdict: helps or hurts only when the difference interval excludes 0, otherwise no clear change',
    'a feature the model derives from the column inside its graph is derived from the replaced value; columns other stages derive from it in the pipeline are not recomputed',
  ];
  if (c.notRescored > 0) out.push(`${c.notRescored} touched records could not be re-scored (no model version or a missing input) and are left out of the metrics`);
  return out;
}

function ruleText(rule: ReplacementRule, r: RepairRemediation): string {
  const target = `${r.stage}.${r.column}`;
  switch (rule.kind) {
    case 'upstream':
      return `upstream: ${target} is replaced by ${rule.stage}.${r.column} of the same record key (missing where ${rule.stage} has no value); this undoes a bug only if ${rule.stage} logged the value ${r.stage} should have computed`;
    case 'clip':
      return `clip: ${target} is clipped to the range of ${rule.reference.source}, [${rule.low}, ${rule.high}]; values inside the range, wrong or not, are kept`;
    case 'value':
      return rule.method === 'impute'
        ? `impute: ${target} is set to the median of ${rule.reference.source} (${rule.value}; the rounded share of ones for a 0/1 column) on every touched record`
        : `drop: ${target} is set to the mean of ${rule.reference.source} (${rule.value}); for a logistic model on standardized inputs this zeroes the feature's contribution only where the model's training mean equals this mean, and a feature derived from it inside the model (e.g. its square) is not zeroed`;
  }
}
