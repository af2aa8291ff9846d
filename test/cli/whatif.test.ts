import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { WhatIfResult } from '../../core/protocol/whatif';
import { runCli } from '../helpers/runCli';
import { syntheticWhatIfFolder } from '../core/react/whatif/syntheticWhatIf';

test('whatif --format json: a rollback with before, after, difference, coverage, recordsChanged, assumptions and export', () => {
  const { dir } = syntheticWhatIfFolder();
  const run = runCli(['whatif', dir, '--remediation', 'rollback', '--format', 'json', '--quiet']);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stderr, '');
  const result = JSON.parse(run.stdout) as WhatIfResult;
  assert.equal(result.kind, 'whatif');
  assert.deepEqual(result.remediation, { kind: 'rollback', current: 'v2', previous: 'v1' });
  for (const key of ['before', 'after', 'difference', 'coverage', 'recordsChanged', 'assumptions', 'export'] as const) assert.ok(key in result, key);
  assert.equal(result.before.accuracy?.value, 5 / 8);
  assert.equal(result.after.accuracy?.value, 7 / 8);
});

test('whatif text: the verdict line first, then the table, coverage, assumptions and export', () => {
  const { dir } = syntheticWhatIfFolder({ withoutShadow: true });
  const run = runCli(['whatif', dir, '--remediation', 'fallback', '--where', 'state=TX', '--action', 'negative']);
  assert.equal(run.code, 0, run.stderr);
  const lines = run.stdout.split('\n');
  assert.match(lines[0], /^Fallback of state = TX to negative: (HELPS|NO CLEAR CHANGE|HURTS): accuracy/);
  assert.match(run.stdout, /metric\s+before\s+after\s+after - before\s+verdict/);
  assert.match(run.stdout, /Coverage: \d+ labeled of 16 records/);
  assert.match(run.stdout, /Assumptions:/);
  assert.match(run.stdout, /"recordsRouted": 4/);
  assert.match(run.stderr, /joining predictions/, 'progress goes to stderr');
  const rollback = runCli(['whatif', dir, '--remediation', 'rollback', '--quiet']);
  assert.equal(rollback.code, 0, rollback.stderr);
  assert.match(rollback.stdout.split('\n')[0], /confounded by drift/);
});

test('whatif threshold and recalibrate run their backtest on a pipeline', () => {
  const { dir } = syntheticWhatIfFolder();
  for (const args of [['--remediation', 'threshold', '--objective', 'precision:0.8'], ['--remediation', 'recalibrate', '--method', 'isotonic', '--window', 'week']]) {
    const run = runCli(['whatif', dir, ...args, '--format', 'json', '--quiet']);
    assert.equal(run.code, 0, run.stderr);
    const result = JSON.parse(run.stdout) as WhatIfResult;
    assert.equal(result.kind, 'whatif');
    assert.ok(result.assumptions.some((a) => a.startsWith('the rule in place is v2\'s: score >= 0.7')), result.assumptions.join('\n'));
  }
});

test('whatif: --help, and bad input exits 2 with a readable message', () => {
  const help = runCli(['whatif', '--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /Usage: sightline whatif/);
  const { dir } = syntheticWhatIfFolder();
  const cases: Array<[string[], RegExp]> = [
    [['whatif'], /whatif needs a sightline\.json/],
    [['whatif', dir], /--remediation is required/],
    [['whatif', dir, '--remediation', 'retrain'], /--remediation must be one of threshold, recalibrate, fallback, rollback, repair/],
    [['whatif', dir, '--remediation', 'threshold', '--objective', 'precision:2'], /--objective must be f1, precision:T/],
    [['whatif', dir, '--remediation', 'threshold', '--objective', 'cost:fp=1'], /--objective must be/],
    [['whatif', dir, '--remediation', 'fallback'], /needs --where/],
    [['whatif', dir, '--remediation', 'fallback', '--where', 'nope=1'], /"nope"/],
    [['whatif', dir, '--remediation', 'rollback', '--previous', 'v9'], /"v9" \(--previous\) is not in the logs/],
    [['whatif', dir, '--remediation', 'recalibrate', '--method', 'magic'], /--method must be one of platt, isotonic, prior/],
    [['whatif', dir, '--remediation', 'threshold', '--start', 'yesterday'], /--start must be an ISO date/],
    [['whatif', dir, '--remediation', 'repair', '--stage', 'ingest'], /needs --stage S and --column C/],
    [['whatif', '/nonexistent/sightline.json', '--remediation', 'rollback'], /nonexistent/],
  ];
  for (const [args, message] of cases) {
    const run = runCli([...args, '--quiet']);
    assert.equal(run.code, 2, `${args.join(' ')}: ${run.stderr}`);
    assert.match(run.stderr, message, args.join(' '));
    assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
  }
});
