import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DriftResult } from '../../core/protocol';
import { runCli } from '../helpers/runCli';
import { tempDir } from '../helpers/tempDir';

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 0, 1);

/** 50 days of 80 rows; amount moves up half an SD from day 35 on; a second stage without a time column. */
function workspace(reference?: object) {
  const t = tempDir('sightline-drift-pipeline-');
  let seed = 11;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const lines = ['ts,amount,country'];
  for (let day = 0; day < 50; day++) {
    for (let i = 0; i < 80; i++) {
      const amount = 50 + (day >= 35 ? 5 : 0) + 10 * (random() + random() + random() - 1.5);
      lines.push(`${new Date(T0 + day * DAY + Math.floor(random() * DAY)).toISOString()},${amount.toFixed(2)},${random() < 0.5 ? 'NO' : 'SE'}`);
    }
  }
  t.write('logs/payments.csv', lines.join('\n') + '\n');
  t.write('logs/scores.csv', 'score\n0.1\n0.2\n');
  t.write('sightline.json', JSON.stringify({
    version: 1,
    name: 'payments',
    stages: [{ name: 'ingest', files: 'logs/payments.csv', time: 'ts' }, { name: 'scores', files: 'logs/scores.csv' }],
    ...(reference ? { reference } : {}),
  }));
  return t;
}

function json(run: { code: number | null; stdout: string; stderr: string }): DriftResult {
  assert.equal(run.code, 0, run.stderr);
  return JSON.parse(run.stdout) as DriftResult;
}

test('drift on a pipeline stage: the manifest reference against what follows it', () => {
  const t = workspace({ start: '2024-01-01', end: '2024-01-29' });
  const result = json(runCli(['drift', t.dir, '--stage', 'ingest', '--format', 'json', '--quiet']));
  assert.equal(result.reference.source, 'ingest 2024-01-01..2024-01-29');
  assert.equal(result.reference.rows, 28 * 80);
  assert.equal(result.current.source, 'ingest 2024-01-29..');
  assert.equal(result.current.rows, 22 * 80);
  const by = new Map(result.columns.map((c) => [c.column, c]));
  assert.equal(by.get('amount')?.drifted, true, by.get('amount')?.reason);
  assert.equal(by.get('country')?.drifted, false, by.get('country')?.reason);
});

test('drift with explicit ranges: two quiet ranges do not drift, a range after the change does', () => {
  const t = workspace();
  const manifest = `${t.dir}/sightline.json`;
  const quiet = json(runCli(['drift', manifest, '--stage', 'ingest', '--reference-range', '2024-01-01..2024-01-15', '--current-range', '2024-01-15..2024-02-01', '--format', 'json', '--quiet']));
  assert.equal(quiet.current.rows, 17 * 80);
  assert.ok(quiet.columns.every((c) => !c.drifted), JSON.stringify(quiet.columns.map((c) => c.reason)));
  const moved = runCli(['drift', manifest, '--stage', 'ingest', '--reference-range', '2024-01-01..2024-01-15', '--current-range', '2024-02-05T00:00:00Z..', '--fail-on-drift', '--quiet']);
  assert.equal(moved.code, 1, moved.stderr);
  assert.match(moved.stdout, /Drift: ingest 2024-02-05\.\. \(\d+ rows\) against ingest 2024-01-01\.\.2024-01-15/);
  assert.match(moved.stdout, /amount\s+numeric\s+ks_2samp.*DRIFT/);
});

test('drift on a pipeline: bad input exits 2 with a readable error and no stack', () => {
  const t = workspace();
  const cases: [string[], RegExp][] = [
    [['--stage', 'ingest'], /names no reference, so drift needs one[\s\S]*--reference-range START\.\.END/],
    [[], /needs --stage \(stages: ingest, scores\)/],
    [['--stage', 'labels', '--reference-range', '2024-01-01..2024-01-10'], /has no stage "labels" \(stages: ingest, scores\)/],
    [['--stage', 'scores', '--reference-range', '2024-01-01..2024-01-10'], /stage "scores" has no time column/],
    [['--stage', 'ingest', '--reference-range', '2023-01-01..2023-02-01'], /no rows in 2023-01-01\.\.2023-02-01 \(its time column "ts" spans 2024-01-01T[\d:.]+Z to 2024-02-19T[\d:.]+Z\)/],
    [['--stage', 'ingest', '--reference-range', 'last week'], /--reference-range must be START\.\.END with ISO dates/],
    [['--stage', 'ingest', '--reference-range', '2024-02-01..2024-01-01'], /ends before it starts/],
    [['--stage', 'ingest', '--reference-range', '2024-01-01..'], /give --current-range too/],
    [['--reference', 'a.csv'], /--reference takes a log file and cannot be combined with a pipeline/],
    [['--stage', 'ingest', '--reference-range', '2024-01-01..2024-01-10', '--columns', 'zzz'], /has no column "zzz"/],
  ];
  for (const [flags, message] of cases) {
    const run = runCli(['drift', t.dir, ...flags, '--quiet']);
    assert.equal(run.code, 2, `${flags.join(' ')}: ${run.stderr}`);
    assert.match(run.stderr, message);
    assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
  }
  const stageWithFiles = runCli(['drift', '--reference', 'a.csv', '--current', 'b.csv', '--stage', 'ingest']);
  assert.equal(stageWithFiles.code, 2);
  assert.match(stageWithFiles.stderr, /--stage needs a pipeline/);
});

test('drift --help shows the pipeline form', () => {
  const run = runCli(['drift', '--help']);
  assert.equal(run.code, 0);
  assert.match(run.stdout, /sightline drift <sightline\.json \| folder>/);
  assert.match(run.stdout, /--reference-range A\.\.B/);
});
