import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, statSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/runCli';
import { tempDir } from '../helpers/tempDir';
import { sampleParquet } from '../helpers/arrowFiles';
import type { InspectResult } from '../../core/protocol';

const H = 3_600_000;

/** A three-stage workspace in three formats, with labels for 3 of 4 predictions. */
function workspace() {
  const t = tempDir();
  t.write('logs/features/day1.csv', 'id,ts,amount,country\nr1,2024-03-01T10:00:00Z,12.5,NO\nr2,2024-03-01T11:00:00Z,,SE\nr3,2024-03-02T09:00:00Z,7,NO\nr4,2024-03-02T10:00:00Z,3,\n');
  t.write(
    'logs/predict/day1.jsonl',
    ['r1', 'r2', 'r3', 'r4']
      .map((id, i) => JSON.stringify({ id, ts: `2024-03-0${i < 2 ? 1 : 2}T1${i}:00:00Z`, score: 0.2 * (i + 1), model: 'v1' }))
      .join('\n') + '\n',
  );
  t.write(
    'logs/feedback/labels.jsonl',
    [
      { id: 'r1', late: 1, label_ts: '2024-03-01T12:00:00Z' },
      { id: 'r2', late: 0, label_ts: '2024-03-01T15:00:00Z' },
      { id: 'r3', late: 0, label_ts: '2024-03-03T12:00:00Z' },
    ].map((r) => JSON.stringify(r)).join('\n') + '\n',
  );
  t.write('sightline.json', JSON.stringify({
    version: 1,
    name: 'payments',
    key: 'id',
    time: 'ts',
    stages: [
      { name: 'features', files: 'logs/features/*.csv' },
      { name: 'predict', files: 'logs/predict/*.jsonl' },
      { name: 'feedback', files: 'logs/feedback/*.jsonl', time: 'label_ts' },
    ],
    predictions: { stage: 'predict', score: 'score', modelVersion: 'model' },
    labels: { stage: 'feedback', column: 'late', time: 'label_ts' },
  }, null, 2));
  return t;
}

function snapshot(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const s = statSync(p);
      if (s.isDirectory()) walk(p);
      else out.push(`${p}:${s.size}:${s.mtimeMs}`);
    }
  };
  walk(dir);
  return out.sort();
}

test('--help lists the commands; every command has its own --help', () => {
  const main = runCli(['--help']);
  assert.equal(main.code, 0);
  for (const command of ['inspect', 'report', 'demo']) {
    assert.match(main.stdout, new RegExp(`^  ${command} `, 'm'));
    const help = runCli([command, '--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, new RegExp(`^Usage: sightline ${command}`));
    assert.match(help.stdout, /--quiet/);
  }
});

test('usage errors exit 2 and point at --help', () => {
  assert.equal(runCli([]).code, 2);
  const unknown = runCli(['frobnicate']);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /unknown command "frobnicate"/);
  const badFlag = runCli(['inspect', 'x.csv', '--colour']);
  assert.equal(badFlag.code, 2);
  assert.match(badFlag.stderr, /unknown option --colour[\s\S]*sightline inspect --help/);
  const badFormat = runCli(['inspect', 'x.csv', '--format', 'yaml']);
  assert.equal(badFormat.code, 2);
  assert.match(badFormat.stderr, /--format must be one of text, json/);
});

test('inspect --format json gives the versioned result with rows, types, null rates, labels and lag', () => {
  const t = workspace();
  const run = runCli(['inspect', join(t.dir, 'sightline.json'), '--format', 'json', '--quiet']);
  assert.equal(run.code, 0, run.stderr);
  const result = JSON.parse(run.stdout) as InspectResult;
  assert.equal(result.kind, 'inspect');
  assert.equal(result.version, 1);
  assert.deepEqual(result.stages.map((s) => [s.name, s.rows]), [['features', 4], ['predict', 4], ['feedback', 3]]);
  const features = result.stages[0];
  assert.deepEqual(features.columns.map((c) => [c.name, c.type, c.nullRate]), [
    ['id', 'category', 0],
    ['ts', 'time', 0],
    ['amount', 'number', 0.25],
    ['country', 'category', 0.25],
  ]);
  assert.deepEqual(features.timeSpan, { start: Date.parse('2024-03-01T10:00:00Z'), end: Date.parse('2024-03-02T10:00:00Z') });
  const labels = result.stages[1].labels!;
  assert.equal(labels.total, 4);
  assert.equal(labels.labeled, 3);
  assert.equal(labels.coverage, 0.75);
  // lags: r1 12:00-10:00 = 2h, r2 15:00-11:00 = 4h, r3 (predicted 03-02 12:00) -> 03-03 12:00 = 24h
  assert.equal(labels.lagMs!.p50, 4 * H);
  assert.equal(labels.lagMs!.max, 24 * H);
  assert.deepEqual(result.stages[1].columns.find((c) => c.name === 'score')?.role, 'score');
});

test('inspect text output is readable and names what it guessed for a bare file', () => {
  const t = tempDir();
  const file = t.write('preds.csv', 'request_id,created_at,score,label\nq1,2024-01-01T00:00:00Z,0.3,0\nq2,2024-01-01T01:00:00Z,0.8,\n');
  const run = runCli(['inspect', file, '--quiet']);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /Pipeline preds: 1 stage, 2 rows/);
  assert.match(run.stdout, /Guessed \(no sightline\.json\)/);
  assert.match(run.stdout, /event time: "created_at"/);
  assert.match(run.stdout, /record key: "request_id"/);
  assert.match(run.stdout, /score: "score"/);
  assert.match(run.stdout, /label: "label"/);
  assert.match(run.stdout, /labels +50% of 2 predictions labeled/);
  assert.match(run.stdout, /label +number +label +50%/);
});

test('bad input exits 2 with the file named and no stack trace; --debug adds the stack', () => {
  const t = workspace();
  const empty = t.write('empty.csv', '');
  const cut = sampleParquet();
  const truncated = t.write('cut.parquet', cut.subarray(0, cut.length - 20));
  const badManifest = t.write('bad/sightline.json', JSON.stringify({ version: 1, name: 'x', stages: [{ name: 's' }] }));
  const noMatch = t.write('nomatch/sightline.json', JSON.stringify({ version: 1, name: 'x', stages: [{ name: 's', files: 'logs/*.csv' }] }));
  const cases: [string, RegExp][] = [
    [join(t.dir, 'missing.csv'), /missing\.csv does not exist/],
    [empty, /empty\.csv/],
    [truncated, /cut\.parquet is truncated/],
    [badManifest, /sightline\.json:\d+: stage "s" names neither "files" nor "table"/],
    [noMatch, /stage "s": "logs\/\*\.csv" matches no file/],
  ];
  for (const [target, message] of cases) {
    const run = runCli(['inspect', target, '--quiet']);
    assert.equal(run.code, 2, `${target}: ${run.stderr}`);
    assert.match(run.stderr, message);
    assert.match(run.stderr, /→ /, 'a hint says what to do');
    assert.doesNotMatch(run.stderr, /^\s+at /m, 'no stack trace');
  }
  const debug = runCli(['inspect', join(t.dir, 'missing.csv'), '--debug', '--quiet']);
  assert.match(debug.stderr, /^\s+at /m);
});

test('report writes one HTML file outside the logs and never touches the log folders', () => {
  const t = workspace();
  const before = snapshot(join(t.dir, 'logs'));
  const out = join(t.dir, 'out.html');
  const run = runCli(['report', join(t.dir, 'sightline.json'), '--out', out, '--quiet']);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /Report written to .*out\.html/);
  const html = readFileSync(out, 'utf8');
  assert.match(html, /application\/json/);
  assert.doesNotMatch(html, /<script[^>]+src=/, 'no external scripts');
  const refused = runCli(['report', join(t.dir, 'sightline.json'), '--out', join(t.dir, 'logs/predict/r.html'), '--quiet']);
  assert.equal(refused.code, 2);
  assert.match(refused.stderr, /a folder of logs Sightline reads/);
  assert.deepEqual(snapshot(join(t.dir, 'logs')), before, 'log folders unchanged');
});
