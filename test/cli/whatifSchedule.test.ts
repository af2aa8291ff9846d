import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import type { WhatIfResult } from '../../core/protocol/whatif';
import { runCli } from '../helpers/runCli';
import { parseArgs } from '../../cli/args';
import { whatifCommand } from '../../cli/commands/whatif';
import { whatIfRequestOf } from '../../cli/commands/whatifRequest';
import { DAY, START, decayFolder } from '../core/react/schedule/syntheticSchedule';
import { syntheticWhatIfFolder } from '../core/react/whatif/syntheticWhatIf';

const LOG = { daysPerVersion: [10, 10, 10], perDay: 40, start: 0.9, slope: 0.02 };

function askOf(argv: string[]) {
  return whatIfRequestOf(parseArgs(argv, whatifCommand.flags));
}

test('whatif schedule flags: --policy, --retrain-cost, --label-lag-days and --costs make the ask; bad values are usage errors', () => {
  assert.deepEqual(askOf(['--remediation', 'schedule']), { kind: 'schedule', policy: { kind: 'every', days: 7 }, retrainCost: 0 });
  assert.deepEqual(askOf(['--remediation', 'schedule', '--policy', 'on-drift', '--retrain-cost', '250.5', '--label-lag-days', '3', '--costs', 'fp=1,fn=5']), {
    kind: 'schedule', policy: { kind: 'on-drift' }, retrainCost: 250.5, labelLagDays: 3, costs: { falsePositive: 1, falseNegative: 5 },
  });
  assert.deepEqual(askOf(['--remediation', 'schedule', '--policy', 'never']).kind, 'schedule');
  assert.deepEqual(askOf(['--remediation', 'schedule', '--policy', 'every:14']), { kind: 'schedule', policy: { kind: 'every', days: 14 }, retrainCost: 0 });
  for (const policy of ['every', 'every:0', 'every:1.5', 'weekly', 'never:3']) {
    assert.throws(() => askOf(['--remediation', 'schedule', '--policy', policy]), /--policy must be never, every:N/, policy);
  }
  assert.throws(() => askOf(['--remediation', 'schedule', '--retrain-cost', '-1']), /--retrain-cost must be a number >= 0/);
  assert.throws(() => askOf(['--remediation', 'schedule', '--label-lag-days', '1.5']), /--label-lag-days must be a whole number >= 0/);
});

test('whatif repair --model: the ONNX file, resolved, goes on the repair ask', () => {
  assert.deepEqual(askOf(['--remediation', 'repair', '--stage', 's', '--column', 'c', '--with', 'impute', '--model', 'models/m.onnx']), {
    kind: 'repair', stage: 's', column: 'c', with: 'impute', model: resolve('models/m.onnx'),
  });
});

test('whatif --help names the schedule, --group-by and --model', () => {
  const help = runCli(['whatif', '--help']);
  assert.equal(help.code, 0);
  for (const flag of ['--remediation threshold|recalibrate|fallback|rollback|repair|schedule', '--policy never|every:N|on-drift', '--retrain-cost', '--group-by', '--model file.onnx']) {
    assert.ok(help.stdout.includes(flag), flag);
  }
  const bad = runCli(['whatif', 'nowhere', '--remediation', 'schedule', '--group-by', 'a,,b']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--group-by must be column names/);
});

test('whatif --remediation schedule --format json: the replay of every policy with the age curve', () => {
  const dir = decayFolder(LOG);
  const run = runCli(['whatif', dir, '--remediation', 'schedule', '--policy', 'every:7', '--retrain-cost', '100', '--age-unit', 'day', '--replicates', '100', '--format', 'json', '--quiet']);
  assert.equal(run.code, 0, run.stderr);
  const result = JSON.parse(run.stdout) as WhatIfResult;
  assert.deepEqual(result.remediation, { kind: 'schedule', policy: { kind: 'every', days: 7 }, retrainCost: 100 });
  assert.equal(result.schedule?.ageUnitDays, 1);
  assert.equal(result.schedule?.ageCurve.length, 10);
  const kinds = result.schedule?.outcomes.map((o) => o.policy.kind);
  assert.deepEqual(kinds, ['never', 'every', 'on-drift']);
  const every = result.schedule?.outcomes[1];
  assert.deepEqual(every?.retrains, [7, 14, 21, 28].map((d) => START + d * DAY));
  assert.equal(every?.retrainCost, 400);
});

test('whatif --remediation schedule text: the verdict line, the age curve and one line per policy', () => {
  const dir = decayFolder(LOG);
  const run = runCli(['whatif', dir, '--remediation', 'schedule', '--retrain-cost', '100', '--age-unit', 'day', '--replicates', '100', '--quiet']);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout.split('\n')[0], /^Retraining schedule \(retrain every 7 days, 100 per retraining\): (HELPS|NO CLEAR CHANGE|HURTS)/);
  assert.match(run.stdout, /age \(days\)\s+versions\s+days\s+labeled\s+accuracy change/);
  assert.match(run.stdout, /\n\s*9\s+3\s+3\s+120\s+-0\.\d{4}/);
  assert.match(run.stdout, /\nnever retrain\s+0\s+0\s/);
  assert.match(run.stdout, /\nretrain every 7 days\s+4\s+400\s/);
  assert.match(run.stdout, /\nretrain on drift\s+\d+\s/);
  assert.match(run.stdout, /APPROXIMATION/);
});

test('whatif --remediation schedule with one version says why no age curve can be measured', () => {
  const dir = decayFolder({ ...LOG, daysPerVersion: [20] });
  const run = runCli(['whatif', dir, '--remediation', 'schedule', '--quiet']);
  assert.equal(run.code, 2);
  assert.match(run.stderr, /performance against model age cannot be measured: 1 model version/);
  assert.match(run.stderr, /Versions in the logs: v1/);
});

test('whatif --group-by: the primary metric per value of each named column, in json and text', () => {
  const { dir } = syntheticWhatIfFolder({ withoutShadow: true });
  const json = runCli(['whatif', dir, '--remediation', 'fallback', '--where', 'state=TX', '--action', 'negative', '--group-by', 'state,version', '--format', 'json', '--quiet']);
  assert.equal(json.code, 0, json.stderr);
  const result = JSON.parse(json.stdout) as WhatIfResult;
  assert.deepEqual([...new Set(result.bySlice.map((r) => r.column))].sort(), ['state', 'version']);
  const text = runCli(['whatif', dir, '--remediation', 'fallback', '--where', 'state=TX', '--action', 'negative', '--group-by', 'state', '--quiet']);
  assert.equal(text.code, 0, text.stderr);
  assert.match(text.stdout, /accuracy by slice:\ncolumn\s+value\s+labeled\s+before\s+after/);
  assert.match(text.stdout, /\nstate\s+TX\s+\d/);
});

test('whatif --remediation schedule measures by week of age unless told --age-unit day', () => {
  const dir = decayFolder({ ...LOG, daysPerVersion: [14, 14, 14] });
  const run = runCli(['whatif', dir, '--remediation', 'schedule', '--replicates', '100', '--quiet']);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /\n\s*0-6\s+3\s+21\s/);
  assert.match(run.stdout, /\n\s*7-13\s+3\s+21\s/);
  assert.match(run.stdout, /by week of age/);
  const bad = runCli(['whatif', dir, '--remediation', 'schedule', '--age-unit', 'month', '--quiet']);
  assert.equal(bad.code, 2);
});
