import type { RunsRanking } from '../../protocol/trace';
import type { RunLineage } from './runLineage';
import type { StageOutput } from './flaggedOutputs';

const MAX_RUNS = 20;

const versionKey = (component: string, codeVersion: string): string => `${component}\u0000${codeVersion}`;

/** The runs an output lies downstream of: its producing run and that run's upstream closure. */
export function upstreamRuns(lineage: RunLineage, output: StageOutput, windowMs: number): number[] {
  const run = lineage.producingRun(output.stage, output.start + windowMs);
  return run === undefined ? [] : lineage.closure(run);
}

/**
 * mltrace's coverage ranking: per run and per code version, how many flagged outputs lie
 * downstream of it. `flaggedShare` divides a version's coverage by all the outputs downstream of
 * it, so a version everything passes through (coverage high, share low) reads apart from one
 * whose outputs are mostly flagged.
 */
export function runsRanking(lineage: RunLineage, flagged: StageOutput[], all: StageOutput[], windowMs: number): RunsRanking {
  const runCoverage = new Map<number, number>();
  const versionCoverage = countVersions(lineage, flagged, windowMs, (runs) => runs.forEach((r) => runCoverage.set(r, (runCoverage.get(r) ?? 0) + 1)));
  const versionOutputs = countVersions(lineage, all, windowMs);
  const runsPerVersion = new Map<string, number>();
  for (const run of lineage.runs) runsPerVersion.set(versionKey(run.component, run.codeVersion), (runsPerVersion.get(versionKey(run.component, run.codeVersion)) ?? 0) + 1);
  const codeVersions = [...versionCoverage].map(([key, coverage]) => {
    const [component, codeVersion] = key.split('\u0000');
    const outputs = Math.max(versionOutputs.get(key) ?? 0, coverage);
    return { component, codeVersion, runs: runsPerVersion.get(key) ?? 0, coverage, outputs, flaggedShare: coverage / outputs };
  });
  codeVersions.sort((a, b) => b.coverage - a.coverage || b.flaggedShare - a.flaggedShare || a.component.localeCompare(b.component));
  const runs = [...runCoverage]
    .sort((a, b) => b[1] - a[1] || lineage.runs[a[0]].start - lineage.runs[b[0]].start)
    .slice(0, MAX_RUNS)
    .map(([i, coverage]) => {
      const run = lineage.runs[i];
      return { component: run.component, runId: run.runId, codeVersion: run.codeVersion, startedAt: run.start, coverage, stages: lineage.stagesOf(i) };
    });
  return { flaggedOutputs: flagged.length, codeVersions, runs };
}

/** Per code version, the outputs downstream of any of its runs (each output counted once per version). */
export function countVersions(lineage: RunLineage, outputs: StageOutput[], windowMs: number, onRuns?: (runs: number[]) => void): Map<string, number> {
  const counts = new Map<string, number>();
  for (const output of outputs) {
    const runs = upstreamRuns(lineage, output, windowMs);
    onRuns?.(runs);
    const versions = new Set(runs.map((r) => versionKey(lineage.runs[r].component, lineage.runs[r].codeVersion)));
    for (const v of versions) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return counts;
}
