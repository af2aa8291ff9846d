import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../helpers/runCli';
import { tempDir } from '../helpers/tempDir';
import type { MonitorResult } from '../../core/protocol';

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 0, 1);
const BURST = [40, 41];

/** 50 days of one stage, 120 rows a day, 2% null amounts, 40% on days 40 and 41; reference: the first 28 days. */
function workspace() {
  const t = tempDir();
  let seed = 11;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const lines = ['id,ts,amount,country'];
  for (let day = 0; day < 50; day++) {
    const nullShare = BURST.includes(day) ? 0.4 : 0.02;
    for (let i = 0; i < 120; i++) {
      const ts = new Date(T0 + day * DAY + Math.floor(random() * DAY)).toISOString();
      const amount = random() < nullShare ? '' : (50 + 10 * (random() + random() + random() - 1.5)).toFixed(2);
      lines.push(`${day}-${i},${ts},${amount},${random() < 0.5 ? 'NO' : 'SE'}`);
    }
  }
  t.write('logs/payments.csv', lines.join('\n') + '\n');
  t.write('sightline.json', JSON.stringify({
    version: 1,
    name: 'payments',
    key: 'id',
    time: 'ts',
    stages: [{ name: 'ingest', files: 'logs/*.csv' }],
    reference: { start: '2024-01-01', end: '2024-01-29' },
  }));
  return t;
}

test('monitor finds a planted null burst; --fail-on alert exits 1, no --fail-on exits 0', () => {
  const t = workspace();
  const gated = runCli(['monitor', t.dir, '--window', 'day', '--fail-on', 'alert']);
  assert.equal(gated.code, 1, gated.stderr);
  assert.match(gated.stdout, /ALERT +nulls ingest\.amount +2024-02-10\.\.2024-02-11/);
  assert.match(gated.stdout, /Windows per stage/);
  assert.match(gated.stderr, /monitoring stages/, 'progress goes to stderr');
  const plain = runCli(['monitor', t.dir, '--window', 'day', '--quiet']);
  assert.equal(plain.code, 0);
  assert.equal(plain.stderr, '');
});

test('monitor --format json prints the versioned result with located alerts', () => {
  const t = workspace();
  const run = runCli(['monitor', t.dir, '--window', 'day', '--format', 'json', '--quiet']);
  assert.equal(run.code, 0, run.stderr);
  const result = JSON.parse(run.stdout) as MonitorResult;
  assert.equal(result.kind, 'monitor');
  assert.equal(result.version, 1);
  assert.equal(result.bucket, 'day');
  assert.equal(result.performance, undefined, 'no predictions and labels, so no performance');
  const nulls = result.alerts.filter((a) => a.kind === 'nulls' && a.stage === 'ingest' && a.column === 'amount');
  assert.equal(nulls.length, 1);
  const [alert] = nulls;
  for (const key of ['id', 'kind', 'stage', 'column', 'onset', 'severity', 'evidence'] as const) assert.ok(alert[key] !== undefined, key);
  assert.equal(alert.onset, T0 + BURST[0] * DAY);
  assert.equal(alert.severity, 'alert');
  assert.match(alert.evidence, /null rate/);
  assert.ok(result.stages[0].windows.length === 50);
});

test('monitor: --help, bad flags and bad input exit as documented', () => {
  const help = runCli(['monitor', '--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^Usage: sightline monitor/);
  assert.match(help.stdout, /--fail-on warn\|alert/);
  assert.equal(runCli(['monitor']).code, 2);
  const badWindow = runCli(['monitor', 'x', '--window', 'month']);
  assert.equal(badWindow.code, 2);
  assert.match(badWindow.stderr, /--window must be one of hour, day, week/);
  assert.equal(runCli(['monitor', 'x', '--fail-on', 'never']).code, 2);
  assert.equal(runCli(['monitor', '/nonexistent/sightline.json']).code, 2);
});
