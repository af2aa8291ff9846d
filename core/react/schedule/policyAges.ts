import type { RetrainPolicy } from '../../protocol/whatif';
import { DAY_MS, dayOf } from './ageCells';

export interface History {
  firstDay: number;
  endDay: number;
}

/**
 * When a policy retrains, as the start of the day the new model serves from: every N days
 * counts N, 2N, ... days from the first rollout; on drift, the day after the flagged time
 * (monitoring flags a window once it has been seen), one retraining per day at most.
 */
export function retrainTimes(policy: RetrainPolicy, history: History, driftFlags: readonly number[]): number[] {
  const out: number[] = [];
  if (policy.kind === 'every') {
    for (let t = history.firstDay + policy.days * DAY_MS; t < history.endDay; t += policy.days * DAY_MS) out.push(t);
  } else if (policy.kind === 'on-drift') {
    const days = new Set(driftFlags.filter((f) => Number.isFinite(f)).map((f) => dayOf(f) + DAY_MS));
    for (const t of [...days].sort((a, b) => a - b)) if (t > history.firstDay && t < history.endDay) out.push(t);
  }
  return out;
}

/**
 * The model's age on a day under a schedule: days since the latest retraining plus the label
 * lag (its newest labels are that old), or days since the first rollout before any retraining.
 */
export function ageUnder(retrains: readonly number[], history: History, labelLagDays: number, day: number): number {
  let last = -Infinity;
  for (const t of retrains) if (t <= day) last = t;
  if (last === -Infinity) return Math.round((day - history.firstDay) / DAY_MS);
  return Math.round((day - last) / DAY_MS) + labelLagDays;
}
