import type { LineageRun } from '../../protocol';
import type { ComponentRun } from '../../io/runsLog';

interface ComponentRuns {
  component: string;
  /** Sorted by start. */
  runs: ComponentRun[];
  starts: Float64Array;
  /** Latest end among runs 0..i: no earlier run can span a time past it. */
  reach: Float64Array;
  /** Per run: when its code version began (start of the first run of that contiguous version) and the version before. */
  since: Float64Array;
  previous: (string | undefined)[];
}

/** Runs grouped by component and sorted by start once, so each lookup is a binary search per component. */
export class RunIndex {
  readonly components: string[];
  private readonly byComponent: ComponentRuns[];

  constructor(runs: readonly ComponentRun[]) {
    const groups = new Map<string, ComponentRun[]>();
    for (const run of runs) {
      if (Number.isNaN(run.start)) continue;
      const group = groups.get(run.component);
      if (group) group.push(run);
      else groups.set(run.component, [run]);
    }
    this.byComponent = [...groups].map(([component, group]) => componentRuns(component, group));
    this.components = this.byComponent.map((c) => c.component);
  }

  /** Per component, the run that covers `time` (see `LineageRun.match`); components with none are left out. */
  runsAt(time: number): LineageRun[] {
    const found: LineageRun[] = [];
    for (const c of this.byComponent) {
      const run = coveringRun(c, time);
      if (run) found.push(run);
    }
    return found;
  }
}

function componentRuns(component: string, group: ComponentRun[]): ComponentRuns {
  const runs = [...group].sort((a, b) => a.start - b.start);
  const since = new Float64Array(runs.length);
  const previous: (string | undefined)[] = [];
  runs.forEach((run, i) => {
    const before = runs[i - 1];
    const same = before !== undefined && before.codeVersion === run.codeVersion;
    since[i] = same ? since[i - 1] : run.start;
    previous.push(same ? previous[i - 1] : before?.codeVersion);
  });
  const reach = new Float64Array(runs.length);
  runs.forEach((run, i) => {
    reach[i] = Math.max(i > 0 ? reach[i - 1] : -Infinity, Number.isNaN(run.end) ? run.start : run.end);
  });
  return { component, runs, starts: Float64Array.from(runs, (r) => r.start), reach, since, previous };
}

function coveringRun(c: ComponentRuns, time: number): LineageRun | undefined {
  // Runs of one component may overlap: the latest started one that spans `time` wins.
  const atOrBefore = lastAtOrBefore(c.starts, time);
  for (let i = atOrBefore; i >= 0 && c.reach[i] >= time; i--) {
    if (c.runs[i].end >= time) return lineageRun(c, i, 'spans');
  }
  const next = atOrBefore + 1;
  return next < c.runs.length ? lineageRun(c, next, 'next') : undefined;
}

function lastAtOrBefore(starts: Float64Array, time: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= time) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

function lineageRun(c: ComponentRuns, i: number, match: LineageRun['match']): LineageRun {
  const run = c.runs[i];
  const previousVersion = c.previous[i];
  return {
    component: run.component,
    runId: run.runId,
    start: run.start,
    end: run.end,
    codeVersion: run.codeVersion,
    inputs: run.inputs,
    outputs: run.outputs,
    match,
    ...(previousVersion !== undefined ? { previousVersion } : {}),
    versionSince: c.since[i],
  };
}
