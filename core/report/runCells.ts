import { formatInstant, formatPercent } from '../charts/format';
import type { RankedRun, TraceResult } from '../protocol';

/** The component-runs table's columns: header text, and whether the cells are numbers. */
export const RUN_HEADERS: readonly (readonly [string, boolean])[] = [
  ['Rank', true],
  ['Run', false],
  ['Stage / component', false],
  ['Code version', false],
  ['Started (UTC)', false],
  ['Flagged outputs', true],
  ['Share of flagged', true],
  ['Began at onset', false],
];

/** One ranked run in the result's order, with the incidents (numbered from 1) at whose onset it or its version began. */
export interface RunRow {
  run: RankedRun;
  cells: string[];
  /** The run itself began at these incidents' onsets. */
  runBegan: number[];
  /** Its code version began at these incidents' onsets (in this run or an earlier one). */
  versionBegan: number[];
}

export const NO_RUNS_TEXT = 'No runs log: name one with "runs" in sightline.json to rank component runs and code versions by the flagged outputs downstream of them.';

/** The ranked runs in RUN_HEADERS order; empty when the pipeline has no runs log. */
export function runRows(result: TraceResult): RunRow[] {
  const ranking = result.runsRanking;
  if (!ranking) return [];
  return ranking.runs.map((run, i) => {
    const runBegan = beganAt(result, (r) => r.component === run.component && r.runId === run.runId);
    const versionBegan = beganAt(result, (r) => r.component === run.component && r.codeVersion === run.codeVersion);
    const cells = [
      String(i + 1),
      run.runId,
      stageText(run),
      run.codeVersion,
      formatInstant(run.startedAt),
      String(run.coverage),
      formatPercent(ranking.flaggedOutputs ? run.coverage / ranking.flaggedOutputs : 0),
      onsetMark(runBegan, versionBegan),
    ];
    return { run, cells, runBegan, versionBegan };
  });
}

/** The code-versions table's columns, as RUN_HEADERS; "its outputs flagged" is the share of the outputs downstream of its runs that are flagged. */
export const VERSION_HEADERS: readonly (readonly [string, boolean])[] = [
  ['Rank', true],
  ['Component', false],
  ['Code version', false],
  ['Runs', true],
  ['Flagged outputs', true],
  ['Share of flagged', true],
  ['Its outputs flagged', true],
  ['Began at onset', false],
];

/** One ranked code version, with the incidents (numbered from 1) at whose onset it began. */
export interface VersionRow {
  cells: string[];
  began: number[];
}

/**
 * The code versions ranked by flagged outputs downstream of their runs, in the result's order
 * (at most `limit`): a version's coverage gathers every run of it, so a release that broke a
 * stage stands out here even when each of its daily runs covers only a few flagged outputs.
 */
export function versionRows(result: TraceResult, limit = 10): VersionRow[] {
  const ranking = result.runsRanking;
  if (!ranking) return [];
  return ranking.codeVersions.slice(0, limit).map((version, i) => {
    const began = beganAt(result, (r) => r.component === version.component && r.codeVersion === version.codeVersion);
    const cells = [
      String(i + 1),
      version.component,
      version.codeVersion,
      String(version.runs),
      String(version.coverage),
      formatPercent(ranking.flaggedOutputs ? version.coverage / ranking.flaggedOutputs : 0),
      formatPercent(version.flaggedShare),
      began.length ? `began at incident ${began.map((n) => `#${n}`).join(', ')}` : '',
    ];
    return { cells, began };
  });
}

/** What stands in for the table when it has no row: no runs log, or no flagged output below any run. */
export function runsEmptyText(result: TraceResult): string | undefined {
  if (!result.runsRanking) return NO_RUNS_TEXT;
  return result.runsRanking.runs.length ? undefined : 'No flagged output lies downstream of any run.';
}

/** One line above the table: what the coverage counts. */
export function runsIntro(result: TraceResult): string {
  const ranking = result.runsRanking;
  if (!ranking) return NO_RUNS_TEXT;
  return `${ranking.runs.length} run${ranking.runs.length === 1 ? '' : 's'} with the most flagged outputs downstream of them (mltrace coverage; ${ranking.flaggedOutputs} flagged stage windows), most first.`;
}

/** One line above the code-versions and runs tables together. */
export function rankingIntro(result: TraceResult): string {
  const ranking = result.runsRanking;
  if (!ranking) return NO_RUNS_TEXT;
  return `Code versions and the ${ranking.runs.length} run${ranking.runs.length === 1 ? '' : 's'} with the most flagged outputs downstream of them (mltrace coverage; ${ranking.flaggedOutputs} flagged stage windows), most first. "Its outputs flagged": the share of a version's downstream outputs that are flagged.`;
}

function stageText(run: RankedRun): string {
  const stages = run.stages ?? [];
  if (!stages.length || (stages.length === 1 && stages[0] === run.component)) return run.component;
  return `${stages.join(', ')} / ${run.component}`;
}

function beganAt(result: TraceResult, matches: (run: NonNullable<TraceResult['incidents'][number]['runs']>[number]) => boolean): number[] {
  const found: number[] = [];
  result.incidents.forEach((incident, i) => {
    if ((incident.runs ?? []).some((r) => r.versionBeganAtOnset && matches(r))) found.push(i + 1);
  });
  return found;
}

function onsetMark(runBegan: number[], versionBegan: number[]): string {
  const list = (ns: number[]) => ns.map((n) => `#${n}`).join(', ');
  if (runBegan.length) return `run began at incident ${list(runBegan)}`;
  if (versionBegan.length) return `version began at incident ${list(versionBegan)}`;
  return '';
}
