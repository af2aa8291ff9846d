import type { CostMatrix, RetrainPolicy } from '../../protocol/whatif';
import { formatDate } from '../../charts/format';
import { policyName } from '../../charts/whatIfLabels';
import { MIN_VERSIONS } from './scheduleInput';
import { TAIL_AGES } from './ageCurve';

export interface ScheduleContext {
  policy: RetrainPolicy;
  versions: string[];
  /** Each measured version with its rollout day, epoch ms. */
  rollouts: ReadonlyArray<readonly [string, number]>;
  oldestAge: number;
  labelLagDays: number;
  retrainCost: number;
  costs?: CostMatrix;
  driftFlags?: readonly number[];
  driftSource?: string;
  level: number;
  replicates: number;
  seed: number;
  /** Days per age span of the curve. */
  unit: number;
}

/** What the replay rests on, plainly: it is an approximation and says on what. */
export function scheduleAssumptions(c: ScheduleContext): string[] {
  const out = [
    `APPROXIMATION: "${policyName(c.policy)}" is not re-run; it is replayed from accuracy against model age measured on ${c.versions.length} model versions (${c.versions.join(', ')}), ages 0 to ${c.oldestAge} days: each day's logged accuracy is moved by curve(age under the policy) − curve(age as logged)`,
    `age curve: ${spanWords(c.unit)}; per version, each span's accuracy (the mean of its days') minus its first span's, averaged over the versions measured in that span (each version weighs the same); it confounds age with whatever else changed over the same calendar days, which few versions cannot tell apart`,
    ...(c.unit % 7 === 0 ? [] : [weekdayNote(c.rollouts)]),
    `an age span counts only when ${MIN_VERSIONS} or more versions reached it (one version's later days are its calendar, not its age); ages older than ${c.oldestAge} days (the oldest measured) take the mean change over the last ${TAIL_AGES} days of measured spans, no extrapolation: a policy that keeps a model longer may be worse than shown; an unmeasured age in between takes the nearest younger measured age's change`,
    'retraining is assumed to restore the first-day performance of the logged versions: a retrained model is as good at age 0 as they were',
    'retraining does not fix stage bugs: a model retrained on buggy features may learn the bug, and the replay cannot see that',
    `label lag: ${c.labelLagDays} days; a model retrained at t learns from labels up to t − ${c.labelLagDays} days, so it starts at age ${c.labelLagDays}; the logged versions are taken as trained on data up to their rollout`,
    'retrainings take effect at the start of their day: every N days counts N, 2N, ... days from the first rollout; on drift, the day after the flagged window, once per day',
    c.costs
      ? `costs: retrainCost ${c.retrainCost} per retraining, in the units of the cost matrix (fp ${c.costs.falsePositive}, fn ${c.costs.falseNegative} per record); totalCost = expected error cost per labeled record, replayed the same way, × records served + retrainings × retrainCost`
      : `costs: retrainCost ${c.retrainCost} per retraining, in whatever unit it was given; with no cost matrix it is reported beside the accuracy, not traded against it (totalCost null)`,
    `${Math.round(c.level * 100)}% intervals: percentile bootstrap (${c.replicates} replicates, seed ${c.seed}) resampling the labeled records within each version-day and re-estimating the age curve each time; records are treated as independent`,
    'verdict: helps or hurts only when the difference interval excludes 0, otherwise no clear change',
  ];
  if (c.driftFlags) out.push(driftNote(c.driftFlags, c.driftSource));
  return out;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The curve is per day of age, so a weekly pattern shows in it unless every version started on the same weekday. */
function spanWords(unit: number): string {
  if (unit === 7) return 'by week of age (days 0-6, 7-13, ...), so each span holds every weekday once and a weekly pattern in the data does not pass for an age effect; a schedule retraining more often than weekly differs from weekly only through the label lag';
  return unit === 1 ? 'by day of age' : `by spans of ${unit} days of age`;
}

function weekdayNote(rollouts: ReadonlyArray<readonly [string, number]>): string {
  const days = rollouts.map(([v, t]) => `${v} on ${formatDate(t)} (${WEEKDAYS[new Date(t).getUTCDay()]})`);
  const same = new Set(rollouts.map(([, t]) => new Date(t).getUTCDay())).size === 1;
  return `rollouts: ${days.join(', ')}; ${same ? 'all on the same weekday, so a weekly pattern in the data moves every version alike' : 'on different weekdays, so a weekly pattern in the data (e.g. weekends) shows in the curve as day-to-day swings that are not an age effect, and a schedule aligned with the week can look better or worse for it'}`;
}

function driftNote(flags: readonly number[], source: string | undefined): string {
  const shown = flags.slice(0, 10).map((t) => formatDate(t)).join(', ');
  const more = flags.length > 10 ? ` and ${flags.length - 10} more` : '';
  return `drift flags (${source ?? 'given'}): ${flags.length ? `${shown}${more}` : 'none, so on drift never retrains'}`;
}
