import { DAY_MS, dayKey, HOUR_MS, isoSeconds } from './calendar';
import { hashUniform } from './random';
import { SEED } from './timeline';

/** One component of the pipeline as the run log sees it. */
export interface ComponentSpec {
  component: string;
  /** Records processed per day (`2001-03-05` -> count); a run is logged for each such day. */
  rowsByDay: Map<string, number>;
  codeVersion: (day: number) => string;
  inputs: (day: number) => string[];
  outputs: (day: number) => string[];
}

export interface RunRecord {
  component: string;
  run_id: string;
  start: string;
  end: string;
  code_version: string;
  inputs: string[];
  outputs: string[];
  rows: number;
}

const FIRST_START_HOUR = 1;
const GAP_MS = 5 * 60_000;
const RUN_STREAM = 100;

/**
 * One run per component per day, processing the previous day's records: the components run
 * one after the other from 01:00 the next day, each taking time in proportion to its rows.
 */
export function buildRuns(components: ComponentSpec[]): RunRecord[] {
  const days = new Set<string>();
  for (const c of components) for (const day of c.rowsByDay.keys()) days.add(day);
  const runs: RunRecord[] = [];
  for (const day of [...days].sort()) {
    const dayMs = Date.parse(`${day}T00:00:00Z`);
    let clock = dayMs + DAY_MS + FIRST_START_HOUR * HOUR_MS;
    components.forEach((c, k) => {
      const rows = c.rowsByDay.get(day);
      if (rows === undefined) return;
      const jitter = hashUniform(SEED, RUN_STREAM + k, dayMs / DAY_MS);
      const duration = Math.round((20 + rows * 0.02) * (0.8 + 0.4 * jitter)) * 1000;
      runs.push({
        component: c.component,
        run_id: `${c.component}-${day.replace(/-/g, '')}`,
        start: isoSeconds(clock),
        end: isoSeconds(clock + duration),
        code_version: c.codeVersion(dayMs),
        inputs: c.inputs(dayMs),
        outputs: c.outputs(dayMs),
        rows,
      });
      clock += duration + GAP_MS;
    });
  }
  return runs;
}

export function countByDay(times: Float64Array): Map<string, number> {
  // Count by day number first: formatting a date per row would dominate the cost.
  const byNumber = new Map<number, number>();
  for (const t of times) {
    const day = Math.floor(t / DAY_MS);
    byNumber.set(day, (byNumber.get(day) ?? 0) + 1);
  }
  return new Map([...byNumber].map(([day, count]) => [dayKey(day * DAY_MS), count]));
}
