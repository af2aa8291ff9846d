import type { IncidentRun, OnsetEstimate } from '../../protocol/trace';
import type { RunLineage } from './runLineage';
import type { StageOutput } from './flaggedOutputs';
import { countVersions, upstreamRuns } from './runsRanking';

export interface IncidentRunsInput {
  lineage: RunLineage;
  /** The incident's root stage and onset. */
  stage: string;
  onset: OnsetEstimate;
  /** The incident's flagged outputs, for each version's coverage. */
  flagged: StageOutput[];
  /** Window starts of every stage, to tell which window a run produced. */
  stageWindows: Map<string, number[]>;
  windowMs: number;
}

/**
 * The runs in the lineage of the root stage's onset window, a code version that began at the
 * onset first. A version began at the onset when its first run produced a window from one
 * window before the onset interval through its end (or, for a component producing no stage,
 * started then).
 */
export function incidentRuns(input: IncidentRunsInput): IncidentRun[] {
  const { lineage, onset, windowMs } = input;
  const runs = upstreamRuns(lineage, { stage: input.stage, start: onset.onset }, windowMs);
  const coverage = countVersions(lineage, input.flagged, windowMs);
  const from = onset.interval[0] - windowMs;
  const to = onset.interval[1];
  const described = runs.map((i) => {
    const run = lineage.runs[i];
    const first = firstRunOfVersion(lineage, i);
    const previous = previousVersion(lineage, first);
    const produced = producedWindows(input, first);
    const began = produced.length ? produced.some((w) => w >= from && w <= to) : lineage.runs[first].start >= from && lineage.runs[first].start < to + 2 * windowMs;
    const result: IncidentRun = {
      component: run.component,
      runId: run.runId,
      codeVersion: run.codeVersion,
      startedAt: run.start,
      versionBeganAtOnset: began && previous !== undefined,
      coverage: coverage.get(`${run.component}\u0000${run.codeVersion}`) ?? 0,
    };
    if (previous !== undefined) result.previousCodeVersion = previous;
    return result;
  });
  return described.sort((a, b) => Number(b.versionBeganAtOnset) - Number(a.versionBeganAtOnset) || b.coverage - a.coverage || b.startedAt - a.startedAt);
}

function firstRunOfVersion(lineage: RunLineage, run: number): number {
  const { component, codeVersion } = lineage.runs[run];
  let first = run;
  lineage.runs.forEach((r, i) => {
    if (r.component === component && r.codeVersion === codeVersion && r.start < lineage.runs[first].start) first = i;
  });
  return first;
}

/** The component's code version in its last run before this one, when it differs. */
function previousVersion(lineage: RunLineage, run: number): string | undefined {
  const { component, codeVersion, start } = lineage.runs[run];
  let before: number | undefined;
  lineage.runs.forEach((r, i) => {
    if (r.component === component && r.start < start && (before === undefined || r.start > lineage.runs[before].start)) before = i;
  });
  const previous = before === undefined ? undefined : lineage.runs[before].codeVersion;
  return previous !== codeVersion ? previous : undefined;
}

function producedWindows(input: IncidentRunsInput, run: number): number[] {
  const windows: number[] = [];
  for (const [stage, starts] of input.stageWindows) {
    if (!input.lineage.hasProducers(stage)) continue;
    for (const start of starts) if (input.lineage.producingRun(stage, start + input.windowMs) === run) windows.push(start);
  }
  return windows;
}
