import type { RetrainPolicy } from '../../protocol/whatif';
import type { VersionHistory } from './ageCells';
import type { PolicyPlan } from './replayPolicies';
import { SightlineInputError } from '../../io/errors';
import { DEFAULT_EVERY_DAYS } from './scheduleInput';
import { ageUnder, retrainTimes } from './policyAges';

/** never, every N days and on drift (when flags are known), the chosen policy among them. */
export function policiesToReplay(chosen: RetrainPolicy, driftFlags: readonly number[] | undefined): RetrainPolicy[] {
  if (chosen.kind === 'every' && !(Number.isInteger(chosen.days) && chosen.days >= 1)) {
    throw new SightlineInputError('whatif.schedule-bad-policy', `a retraining schedule of every ${chosen.days} days is not a whole number of days >= 1`, { hint: 'Ask for e.g. every:7.' });
  }
  if (chosen.kind === 'on-drift' && driftFlags === undefined) {
    throw new SightlineInputError('whatif.schedule-no-drift-flags', 'the on-drift policy needs the times monitoring flagged drift, and none were given', {
      hint: 'Pass driftFlags (epoch ms) in the schedule options, or use the pipeline-level what-if, which monitors the prediction stage for them.',
    });
  }
  const every: RetrainPolicy = chosen.kind === 'every' ? chosen : { kind: 'every', days: DEFAULT_EVERY_DAYS };
  return [{ kind: 'never' }, every, ...(driftFlags === undefined ? [] : [{ kind: 'on-drift' } as const])];
}

export function planOf(policy: RetrainPolicy, history: VersionHistory, labelLagDays: number, driftFlags: readonly number[]): PolicyPlan {
  const retrains = retrainTimes(policy, history, driftFlags);
  return { policy, retrains, ages: Int32Array.from(history.cells, (c) => ageUnder(retrains, history, labelLagDays, c.day)) };
}

export function samePolicy(a: RetrainPolicy, b: RetrainPolicy): boolean {
  return a.kind === b.kind && (a.kind !== 'every' || (b.kind === 'every' && a.days === b.days));
}
