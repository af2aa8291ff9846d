import type { ModelAgePoint, ScheduleOutcome, WhatIfCore, WhatIfDifference, WhatIfMetric } from '../../protocol/whatif';
import type { Comparison } from '../backtest/compare';
import type { VersionHistory } from './ageCells';
import type { Estimate, MetricReplay, PolicyPlan } from './replayPolicies';
import type { ScheduleInput, ScheduleOptions } from './scheduleInput';
import { SightlineInputError } from '../../io/errors';
import { verdictOf } from '../backtest/compare';
import { HIGHER_IS_BETTER } from '../backtest/metrics';
import { bootstrapSettings, directResult } from '../backtest/directResult';
import { ageCells } from './ageCells';
import { AGE_UNIT_DAYS, measuredVersions } from './ageCurve';
import { correctness, recordCosts } from './recordValues';
import { replayPolicies } from './replayPolicies';
import { planOf, policiesToReplay, samePolicy } from './schedulePlans';
import { scheduleAssumptions } from './scheduleAssumptions';
import { MIN_VERSIONS } from './scheduleInput';

/**
 * Replay never, every N days and on drift over the logged history, from the primary metric
 * measured against model age on the logged versions (see scheduleAssumptions for what that
 * approximation rests on).
 */
export function scheduleWhatIf(input: ScheduleInput, options: ScheduleOptions): WhatIfCore {
  const settings = bootstrapSettings(options);
  const labelLagDays = options.labelLagDays ?? 0;
  validate(options, labelLagDays);
  const history = ageCells(input);
  const unit = options.ageUnitDays ?? AGE_UNIT_DAYS;
  const versions = requireCurve(history, unit);
  const flags = options.driftFlags ? [...options.driftFlags].sort((a, b) => a - b) : undefined;
  const plans = policiesToReplay(options.policy, flags).map((p) => planOf(p, history, labelLagDays, flags ?? []));
  const chosen = plans.findIndex((p) => samePolicy(p.policy, options.policy));
  const accuracy = replayPolicies(history.cells, correctness(input), plans, settings, unit);
  const cost = options.costs ? replayPolicies(history.cells, recordCosts(input, options.costs), plans, settings, unit) : undefined;
  const comparisons: Array<[WhatIfMetric, Comparison]> = [['accuracy', comparison('accuracy', accuracy, chosen)]];
  if (cost) comparisons.push(['expectedCost', comparison('expectedCost', cost, chosen)]);
  const labeled = history.cells.reduce((n, c) => n + c.rows.length, 0);
  const plan = plans[chosen];
  const ageCurvePoints = agePoints(history, accuracy, unit);
  const oldestAge = ageCurvePoints[ageCurvePoints.length - 1].ageDays + unit - 1;
  const rollouts = versions.map((v) => [v, history.rollouts.get(v) as number] as const);
  const core = directResult({
    remediation: { kind: 'schedule', policy: options.policy, retrainCost: options.retrainCost },
    bucket: 'day',
    primary: 'accuracy',
    comparisons,
    labeled,
    changed: { decisions: 0, scores: 0, of: history.served },
    bootstrap: settings,
    assumptions: scheduleAssumptions({ ...options, ...settings, versions, rollouts, oldestAge, labelLagDays, driftFlags: flags, unit }),
    parameters: { kind: 'schedule', policy: options.policy, retrainCost: options.retrainCost, retrains: plan.retrains },
    span: { start: history.firstDay, end: history.endDay },
  });
  return {
    ...core,
    schedule: {
      ageCurve: ageCurvePoints,
      outcomes: plans.map((p, k) => outcome(p, k, accuracy, cost, options.retrainCost, history.served)),
      labelLagDays,
      ageUnitDays: unit,
    },
  };
}

function validate(options: ScheduleOptions, labelLagDays: number): void {
  if (!(Number.isFinite(options.retrainCost) && options.retrainCost >= 0)) {
    throw new SightlineInputError('whatif.schedule-bad-cost', `the retraining cost ${options.retrainCost} is not a number >= 0`, { hint: 'Give the cost of one retraining, e.g. --retrain-cost 500.' });
  }
  if (!(Number.isInteger(labelLagDays) && labelLagDays >= 0)) {
    throw new SightlineInputError('whatif.schedule-bad-lag', `the label lag ${labelLagDays} is not a whole number of days >= 0`, { hint: 'Give the label lag in whole days, e.g. --label-lag-days 3.' });
  }
}

/** The versions the curve rests on; a clear error when too few to measure one. */
function requireCurve(history: VersionHistory, unit: number): string[] {
  const versions = measuredVersions(history.cells, unit);
  const perAge = new Map<number, Set<string>>();
  for (const c of history.cells) {
    const span = Math.floor(c.age / unit);
    if (span > 0 && versions.includes(c.version)) perAge.set(span, (perAge.get(span) ?? new Set<string>()).add(c.version));
  }
  if ([...perAge.values()].some((reached) => reached.size >= MIN_VERSIONS)) return versions;
  const all = [...history.rollouts.keys()];
  throw new SightlineInputError('whatif.schedule-no-age-curve', `performance against model age cannot be measured: ${versions.length} model version(s) have labels in their first ${unit === 1 ? 'day' : `${unit} days`} and later, and an age counts only when ${MIN_VERSIONS} or more versions reached it, so a retraining schedule cannot be replayed`, {
    hint: all.length
      ? `Versions in the logs: ${all.join(', ')}. Widen --start/--end to include more versions' rollouts and their labels, or wait for labels to arrive.`
      : 'Name the model-version column ("modelVersion" under "predictions" in sightline.json).',
  });
}

function comparison(metric: WhatIfMetric, replay: MetricReplay, chosen: number): Comparison {
  const o = replay.outcomes[chosen];
  return { before: value(replay.logged), after: value(o.metric), difference: difference(metric, o.difference) };
}

function value(e: Estimate): { value: number | null; interval: Estimate['interval'] } {
  return Number.isFinite(e.value) ? { value: e.value, interval: e.interval } : { value: null, interval: null };
}

function difference(metric: WhatIfMetric, e: Estimate): WhatIfDifference {
  const higherIsBetter = HIGHER_IS_BETTER[metric];
  const v = value(e);
  return { ...v, higherIsBetter, verdict: v.value !== null && v.interval ? verdictOf(v.interval, higherIsBetter) : null };
}

function agePoints(history: VersionHistory, replay: MetricReplay, unit: number): ModelAgePoint[] {
  const versions = new Set(measuredVersions(history.cells, unit));
  const points: ModelAgePoint[] = [];
  replay.curve.forEach((e, span) => {
    const cells = history.cells.filter((c) => Math.floor(c.age / unit) === span && versions.has(c.version));
    if (!cells.length || (span > 0 && !Number.isFinite(e.value))) return;
    const change = span === 0 ? { value: 0, interval: null } : value(e);
    points.push({ ageDays: span * unit, versions: new Set(cells.map((c) => c.version)).size, windows: cells.length, labeled: cells.reduce((n, c) => n + c.rows.length, 0), change });
  });
  return points;
}

function outcome(plan: PolicyPlan, k: number, accuracy: MetricReplay, cost: MetricReplay | undefined, retrainCost: number, served: number): ScheduleOutcome {
  const retraining = plan.retrains.length * retrainCost;
  const errorCost = cost?.outcomes[k].metric.value;
  return {
    policy: plan.policy,
    retrains: plan.retrains,
    retrainCost: retraining,
    metric: value(accuracy.outcomes[k].metric),
    difference: difference('accuracy', accuracy.outcomes[k].difference),
    totalCost: errorCost !== undefined && Number.isFinite(errorCost) ? errorCost * served + retraining : null,
  };
}
