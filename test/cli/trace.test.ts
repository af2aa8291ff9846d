import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../helpers/runCli';
import type { TraceResult } from '../../core/protocol/trace';
import { syntheticPipeline } from '../core/diagnose/trace/synthetic';

test('trace --format json names the first stage, column and onset per alert', () => {
  const { dir } = syntheticPipeline({ runs: true });
  const run = runCli(['trace', dir, '--window', 'day', '--format', 'json', '--quiet']);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stderr, '');
  const result = JSON.parse(run.stdout) as TraceResult;
  assert.equal(result.kind, 'trace');
  assert.equal(result.bucket, 'day');
  const cleanAmount = result.alerts.filter((a) => a.stage === 'clean' && a.column === 'amount');
  assert.ok(cleanAmount.length > 0);
  for (const a of cleanAmount) {
    assert.equal(a.firstStage, 'ingest');
    assert.equal(a.firstColumn, 'amount');
    assert.equal(a.onset, Date.UTC(2024, 1, 10));
  }
  assert.ok(result.runsRanking);
});

test('trace text lists the incident with its first stage, record loss and the code version at the onset', () => {
  const { dir } = syntheticPipeline({ runs: true });
  const run = runCli(['trace', dir, '--window', '1d']);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /ingest\.amount \([a-z-]+\) since 2024-02-10/);
  assert.match(run.stdout, /downstream: clean\.amount .* features\./);
  assert.match(run.stdout, /ingest@1\.1 began at the onset, after ingest@1\.0/);
  assert.match(run.stdout, /ingest -> clean/);
  assert.match(run.stderr, /monitoring stages/, 'progress goes to stderr');
});

test('trace: --help, and bad input exits 2 with a readable message', () => {
  const help = runCli(['trace', '--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /Usage: sightline trace/);
  const missing = runCli(['trace', '/nonexistent/sightline.json', '--quiet']);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /sightline: error: .*nonexistent/);
  const { dir } = syntheticPipeline();
  const badWindow = runCli(['trace', dir, '--window', 'month', '--quiet']);
  assert.equal(badWindow.code, 2);
  assert.match(badWindow.stderr, /--window must be one of hour, day, week/);
  const none = runCli(['trace']);
  assert.equal(none.code, 2);
  assert.match(none.stderr, /trace needs a sightline\.json/);
});
