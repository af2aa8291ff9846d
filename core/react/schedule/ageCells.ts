import type { ScheduleInput } from './scheduleInput';
import { BUCKET_MS } from '../../protocol/messages';

export const DAY_MS = BUCKET_MS.day;

/** The labeled records one model version served on one day. */
export interface AgeCell {
  version: string;
  /** Start of the day (UTC), epoch ms. */
  day: number;
  /** Whole days since the version's rollout day. */
  age: number;
  /** Indices of its labeled records (with a decision) into the input. */
  rows: Int32Array;
}

export interface VersionHistory {
  cells: AgeCell[];
  /** Each version's rollout day: the day of its first record, labeled or not. */
  rollouts: Map<string, number>;
  /** The first rollout day, and the end (exclusive) of the last day served. */
  firstDay: number;
  endDay: number;
  /** Records with a version and a time: what the history served. */
  served: number;
}

export function dayOf(t: number): number {
  return Math.floor(t / DAY_MS) * DAY_MS;
}

/** Group the labeled records by model version and day, each day with the version's age on it. */
export function ageCells(input: ScheduleInput): VersionHistory {
  const rollouts = new Map<string, number>();
  const byCell = new Map<string, { version: string; day: number; rows: number[] }>();
  let endDay = -Infinity;
  let served = 0;
  for (let i = 0; i < input.versions.length; i++) {
    const version = input.versions[i];
    const t = input.times[i];
    if (version === null || Number.isNaN(t)) continue;
    served++;
    const day = dayOf(t);
    endDay = Math.max(endDay, day + DAY_MS);
    const seen = rollouts.get(version);
    if (seen === undefined || day < seen) rollouts.set(version, day);
    const y = input.labels[i];
    const d = input.decisions[i];
    if ((y !== 0 && y !== 1) || (d !== 0 && d !== 1)) continue;
    const key = `${version}\u0000${day}`;
    const cell = byCell.get(key) ?? { version, day, rows: [] };
    cell.rows.push(i);
    byCell.set(key, cell);
  }
  const cells = [...byCell.values()]
    .map((c) => ({ version: c.version, day: c.day, age: Math.round((c.day - (rollouts.get(c.version) as number)) / DAY_MS), rows: Int32Array.from(c.rows) }))
    .sort((a, b) => a.day - b.day || a.version.localeCompare(b.version));
  const firstDay = rollouts.size ? Math.min(...rollouts.values()) : 0;
  return { cells, rollouts, firstDay, endDay: Number.isFinite(endDay) ? endDay : firstDay, served };
}
