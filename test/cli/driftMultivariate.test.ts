import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DriftResult } from '../../core/protocol';
import { runCli } from '../helpers/runCli';
import { tempDir } from '../helpers/tempDir';
import { normalDraw, seededRandom } from '../../core/detect/drift/random';

/** x and y standard normal with correlation rho: each column alone looks the same at any rho. */
function csv(rows: number, rho: number, seed: number): string {
  const random = seededRandom(seed);
  const lines = ['x,y'];
  for (let i = 0; i < rows; i++) {
    const x = normalDraw(random);
    const y = rho * x + Math.sqrt(1 - rho * rho) * normalDraw(random);
    lines.push(`${x.toFixed(5)},${y.toFixed(5)}`);
  }
  return lines.join('\n') + '\n';
}

test('drift --multivariate catches a flipped correlation that no column shows, in json and text', () => {
  const t = tempDir('sightline-mv-');
  const reference = t.write('reference.csv', csv(600, 0.8, 1));
  const current = t.write('current.csv', csv(600, -0.8, 2));
  const json = runCli(['drift', '--reference', reference, '--current', current, '--multivariate', '--format', 'json', '--quiet']);
  assert.equal(json.code, 0, json.stderr);
  const result = JSON.parse(json.stdout) as DriftResult;
  assert.ok(result.columns.every((c) => !c.drifted));
  assert.equal(result.multivariate?.method, 'domain-classifier');
  assert.equal(result.multivariate?.drifted, true, result.multivariate?.reason);
  const text = runCli(['drift', '--reference', reference, '--current', current, '--multivariate', '--fail-on-drift', '--quiet']);
  assert.equal(text.code, 1, 'the joint test alone fails the gate');
  assert.match(text.stdout, /No drift in 2 columns\./);
  assert.match(text.stdout, /Multivariate \(domain classifier\): DRIFT\n {2}AUC 0\.\d{3} \[0\.\d{3}, 0\.\d{3}\], permutation p = <= 0\.005, minimum AUC 0\.55/);
  assert.match(text.stdout, /weight by column: (x|y) \d+%, (x|y) \d+%/);
  const plain = runCli(['drift', '--reference', reference, '--current', current, '--quiet']);
  assert.doesNotMatch(plain.stdout, /Multivariate/);
});

test('drift --help documents --multivariate', () => {
  const run = runCli(['drift', '--help']);
  assert.match(run.stdout, /--multivariate +also test the columns together/);
});
