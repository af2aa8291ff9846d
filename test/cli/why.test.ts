import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { LineageResult } from '../../core/protocol';
import { runCli } from '../helpers/runCli';
import { lineageWorkspace } from '../core/diagnose/lineage/fixture';

test('why prints the record path stage by stage with changes, drops, prediction, label and runs', () => {
  const t = lineageWorkspace();
  const changed = runCli(['why', t.dir, 'A1', '--quiet']);
  assert.equal(changed.code, 0, changed.stderr);
  assert.match(changed.stdout, /^Record "A1" in pipeline orders, event time 2024-03-01 10:00 UTC/);
  assert.match(changed.stdout, /● ingest +1 row · ts 2024-03-01 10:00 UTC/);
  assert.match(changed.stdout, /∅ NULLED +country: NO → null/);
  assert.match(changed.stdout, /Prediction +predict: score 0\.8, class true, model v2 \(shadow: shadow_score 0\.7\)/);
  assert.match(changed.stdout, /Label +feedback: label = true, arrived 2024-03-01 15:00 UTC \(5\.0 h after the prediction\)/);
  assert.match(changed.stdout, /● clean .*\n    run clean-1 · code clean@1 \(its first version\) · spanning the record/);
  assert.match(runCli(['why', t.dir, 'A4', '--quiet']).stdout, /run clean-2 · code clean@2 \(in use since 2024-03-01 12:30, before: clean@1\)/);
  const dropped = runCli(['why', t.dir, 'A3', '--quiet']);
  assert.equal(dropped.code, 0, dropped.stderr);
  assert.match(dropped.stdout, /✗ clean +DROPPED here: ingest had the record, clean does not/);
  assert.match(dropped.stdout, /✗ predict \(predictions\) +missing \(dropped at clean\)/);
  assert.match(runCli(['why', t.dir, 'A2', '--quiet']).stdout, /~ CHANGED +amount: 20 → 25/);
});

test('why --format json prints the versioned lineage result', () => {
  const run = runCli(['why', lineageWorkspace().dir, 'A4', '--format', 'json', '--quiet']);
  assert.equal(run.code, 0, run.stderr);
  const result = JSON.parse(run.stdout) as LineageResult;
  assert.equal(result.kind, 'lineage');
  assert.equal(result.version, 1);
  assert.equal(result.key, 'A4');
  assert.deepEqual(result.stages.map((s) => s.status), ['present', 'duplicated', 'present', 'absent']);
  assert.equal(result.runs?.find((r) => r.component === 'clean')?.codeVersion, 'clean@2');
});

test('why: unknown key, missing key and bad usage exit 2 with a readable message', () => {
  const t = lineageWorkspace();
  const unknown = runCli(['why', t.dir, 'a1', '--quiet']);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /no record with key "a1" in any stage \(searched ingest \(id\), clean \(id\), predict \(id\), feedback \(id\)\)/);
  assert.match(unknown.stderr, /case-sensitive: did you mean "A1"\?/);
  const noKey = runCli(['why', lineageWorkspace({ key: false }).dir, 'A1', '--quiet']);
  assert.equal(noKey.code, 2);
  assert.match(noKey.stderr, /names no record key/);
  assert.match(noKey.stderr, /"key": "<column>"/);
  assert.equal(runCli(['why', t.dir]).code, 2);
  assert.equal(runCli(['why', t.dir, 'A1', 'extra']).code, 2);
  assert.equal(runCli(['why', t.dir, 'A1', '--format', 'yaml']).code, 2);
  const help = runCli(['why', '--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^Usage: sightline why <sightline\.json \| folder> <key>/);
  assert.match(runCli(['--help']).stdout, /\n  why +Follow one record/);
});
