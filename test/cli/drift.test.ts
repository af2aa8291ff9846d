import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DriftResult } from '../../core/protocol';
import { runCli } from '../helpers/runCli';
import { tempDir } from '../helpers/tempDir';

/** Deterministic pseudo-normal values (sum of uniforms from a linear congruential generator). */
function generator(seed: number): () => number {
  let state = seed;
  const uniform = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  return () => uniform() + uniform() + uniform() + uniform() + uniform() + uniform() - 3;
}

function csv(rows: number, seed: number, shift: number, norwayShare: number): string {
  const normal = generator(seed);
  const lines = ['amount,latency,country'];
  for (let i = 0; i < rows; i++) {
    const u = (normal() + 3) / 6;
    const country = u < norwayShare ? 'NO' : i % 2 ? 'SE' : 'DK';
    lines.push(`${(normal() + shift).toFixed(4)},${normal().toFixed(4)},${country}`);
  }
  return `${lines.join('\n')}\n`;
}

function files() {
  const t = tempDir('sightline-drift-');
  return {
    reference: t.write('reference.csv', csv(600, 7, 0, 0.5)),
    current: t.write('current.csv', csv(600, 99, 0.5, 0.3)),
    jsonl: t.write('current.jsonl', csv(600, 99, 0.5, 0.3).trim().split('\n').slice(1).map((l) => {
      const [amount, latency, country] = l.split(',');
      return JSON.stringify({ amount: Number(amount), latency: Number(latency), country });
    }).join('\n') + '\n'),
    dir: t.dir,
  };
}

test('drift --format json: the shifted column and the share change are flagged, the unchanged column is not', () => {
  const f = files();
  const run = runCli(['drift', '--reference', f.reference, '--current', f.current, '--format', 'json', '--quiet']);
  assert.equal(run.code, 0, run.stderr);
  const result = JSON.parse(run.stdout) as DriftResult;
  assert.equal(result.kind, 'drift');
  assert.equal(result.version, 1);
  const by = new Map(result.columns.map((c) => [c.column, c]));
  assert.equal(by.get('amount')?.drifted, true, by.get('amount')?.reason);
  assert.equal(by.get('latency')?.drifted, false, by.get('latency')?.reason);
  assert.equal(by.get('country')?.drifted, true, by.get('country')?.reason);
  for (const c of result.columns) {
    assert.equal(c.effectSizeInterval.length, 2);
    assert.ok(c.reason.length > 20);
  }
});

test('drift reads any log format, prints a table for people, and --fail-on-drift exits 1', () => {
  const f = files();
  const run = runCli(['drift', '--reference', f.reference, '--current', f.jsonl, '--fail-on-drift', '--quiet'], f.dir);
  assert.equal(run.code, 1, run.stderr);
  assert.match(run.stdout, /column\s+kind\s+method/);
  assert.match(run.stdout, /amount\s+numeric\s+ks_2samp/);
  assert.match(run.stdout, /2 of 3 columns drifted/);
});

test('drift --columns limits the comparison; nothing drifted with --fail-on-drift exits 0', () => {
  const f = files();
  const run = runCli(['drift', '--reference', f.reference, '--current', f.current, '--columns', 'latency', '--fail-on-drift', '--format', 'json', '--quiet']);
  assert.equal(run.code, 0, run.stderr);
  const result = JSON.parse(run.stdout) as DriftResult;
  assert.deepEqual(result.columns.map((c) => c.column), ['latency']);
});

test('drift --method psi uses a fixed threshold and no p-value', () => {
  const f = files();
  const run = runCli(['drift', '--reference', f.reference, '--current', f.current, '--method', 'psi', '--format', 'json', '--quiet']);
  assert.equal(run.code, 0, run.stderr);
  const result = JSON.parse(run.stdout) as DriftResult;
  assert.equal(result.method, 'psi');
  assert.ok(result.columns.every((c) => c.pValue === null && c.threshold === 0.2));
});

test('drift bad input exits 2 with a message naming the problem', () => {
  const f = files();
  const missing = runCli(['drift', '--reference', f.reference, '--current', `${f.dir}/nope.csv`, '--quiet']);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /nope\.csv does not exist/);
  const column = runCli(['drift', '--reference', f.reference, '--current', f.current, '--columns', 'zzz', '--quiet']);
  assert.equal(column.code, 2);
  assert.match(column.stderr, /has no column "zzz"/);
  assert.equal(runCli(['drift', '--reference', f.reference, '--quiet']).code, 2);
  assert.equal(runCli(['drift', '--reference', f.reference, '--current', f.current, '--method', 'magic']).code, 2);
  assert.equal(runCli(['drift', '--reference', f.reference, '--current', f.current, '--level', '5']).code, 2);
});

test('drift --help explains the rule', () => {
  const run = runCli(['drift', '--help']);
  assert.equal(run.code, 0);
  assert.match(run.stdout, /Benjamini-Hochberg/);
  assert.match(run.stdout, /--fail-on-drift/);
});
