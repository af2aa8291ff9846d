import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Pipeline } from '../../../../core/io/pipeline';
import type { ComponentRun } from '../../../../core/io/runsLog';
import { RunLineage } from '../../../../core/diagnose/trace/runLineage';
import { runsRanking } from '../../../../core/diagnose/trace/runsRanking';
import { pathList } from '../../../../core/io/runsLog';

const DAY = 86_400_000;
const HOUR = 3_600_000;

function pipeline(): Pipeline {
  const stage = (name: string) => ({ name, patterns: [`out/${name}.csv`], files: [`/p/out/${name}.csv`], columnTypes: {} });
  return { name: 'tiny', source: '/p/sightline.json', dir: '/p', inferred: false, guesses: [], stages: [stage('a'), stage('b')], engine: 'arquero' };
}

/** Day d's records run the next morning: a then b. a switches from a@1 to a@2 on day 1. */
function runs(): ComponentRun[] {
  return [0, 1].flatMap((d) => {
    const t = (d + 1) * DAY + HOUR;
    return [
      { component: 'a', runId: `a-${d}`, codeVersion: `a@${d + 1}`, start: t, end: t + 60_000, inputs: ['feed://x'], outputs: ['out/a.csv'] },
      { component: 'b', runId: `b-${d}`, codeVersion: 'b@1', start: t + HOUR, end: t + HOUR + 60_000, inputs: ['out/a.csv'], outputs: ['out/b.csv'] },
    ];
  });
}

test('producing run and upstream closure follow the runs log', () => {
  const lineage = new RunLineage(runs(), pipeline());
  const id = (i: number | undefined) => (i === undefined ? undefined : lineage.runs[i].runId);
  assert.equal(id(lineage.producingRun('a', DAY)), 'a-0');
  assert.equal(id(lineage.producingRun('b', 2 * DAY)), 'b-1');
  assert.equal(lineage.producingRun('b', 3 * DAY), undefined);
  assert.deepEqual(lineage.closure(lineage.producingRun('b', 2 * DAY)!).map((i) => lineage.runs[i].runId).sort(), ['a-1', 'b-1']);
});

test('coverage ranking by hand: flagged a and b on day 1 put a@2 first', () => {
  const lineage = new RunLineage(runs(), pipeline());
  const all = ['a', 'b'].flatMap((stage) => [0, DAY].map((start) => ({ stage, start })));
  const flagged = [{ stage: 'a', start: DAY }, { stage: 'b', start: DAY }];
  const ranking = runsRanking(lineage, flagged, all, DAY);
  // b's day-1 output lies below b-1 and a-1; a's below a-1 alone. a@2 covers both of its 2 outputs,
  // b@1 one of its 2, a@1 none.
  assert.deepEqual(ranking.codeVersions, [
    { component: 'a', codeVersion: 'a@2', runs: 1, coverage: 2, outputs: 2, flaggedShare: 1 },
    { component: 'b', codeVersion: 'b@1', runs: 2, coverage: 1, outputs: 2, flaggedShare: 0.5 },
  ]);
  assert.deepEqual(ranking.runs.map((r) => [r.runId, r.coverage, r.stages]), [['a-1', 2, ['a']], ['b-1', 1, ['b']]]);
  assert.equal(ranking.flaggedOutputs, 2);
});

test('list columns read from JSON text or commas', () => {
  assert.deepEqual(pathList('["x.csv","y.csv"]'), ['x.csv', 'y.csv']);
  assert.deepEqual(pathList('x.csv, y.csv'), ['x.csv', 'y.csv']);
  assert.deepEqual(pathList(undefined), []);
});
