import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SlicesResult } from '../../core/protocol';
import { runCli } from '../helpers/runCli';
import { tempDir } from '../helpers/tempDir';
import { seededRandom } from '../../core/stats/seededRandom';

/** 3,000 rows: errors concentrate where region = north and plan = basic. */
function csv(): string {
  const random = seededRandom(21);
  const lines = ['id,region,plan,age,label,prediction'];
  for (let i = 0; i < 3000; i++) {
    const region = ['north', 'south', 'east'][Math.floor(random() * 3)];
    const plan = ['basic', 'pro'][Math.floor(random() * 2)];
    const age = Math.floor(random() * 60) + 18;
    const label = Number(random() < 0.5);
    const wrong = random() < (region === 'north' && plan === 'basic' ? 0.6 : 0.1);
    lines.push(`${i},${region},${plan},${age},${label},${wrong ? 1 - label : label}`);
  }
  return `${lines.join('\n')}\n`;
}

test('slices --format json: the versioned result names the planted slice first', () => {
  const t = tempDir('sightline-slices-');
  const file = t.write('log.csv', csv());
  const run = runCli(['slices', '--data', file, '--label', 'label', '--prediction', 'prediction', '--format', 'json', '--quiet']);
  assert.equal(run.code, 0, run.stderr);
  const result = JSON.parse(run.stdout) as SlicesResult;
  assert.equal(result.kind, 'slices');
  assert.equal(result.version, 1);
  assert.equal(result.rows, 3000);
  assert.deepEqual(result.slices[0].predicates, [{ feature: 'region', value: 'north' }, { feature: 'plan', value: 'basic' }]);
  for (const key of ['size', 'error', 'errorInterval', 'score', 'pValue', 'adjustedPValue', 'level']) assert.ok(key in result.slices[0], key);
  assert.deepEqual(result.excluded.map((e) => e.column).sort(), ['id', 'label', 'prediction']);
  assert.equal(result.options.minSupport, 32);
  assert.ok(Array.isArray(result.significantSmall));
});

test('slices text output and --help', () => {
  const t = tempDir('sightline-slices-');
  const file = t.write('log.csv', csv());
  const run = runCli(['slices', '--data', file, '--label', 'label', '--prediction', 'prediction', '--features', 'region,plan', '--quiet']);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /region = north & plan = basic/);
  const help = runCli(['slices', '--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /--min-support N/);
});

test('slices bad input: an unknown column lists the available ones; a bad option is a usage error; exit 2', () => {
  const t = tempDir('sightline-slices-');
  const file = t.write('log.csv', csv());
  const unknown = runCli(['slices', '--data', file, '--error', 'loss', '--quiet']);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /no error column "loss"/);
  assert.match(unknown.stderr, /id, region, plan, age, label, prediction/);
  const text = runCli(['slices', '--data', file, '--error', 'region', '--quiet']);
  assert.equal(text.code, 2);
  assert.match(text.stderr, /not numbers/);
  const alpha = runCli(['slices', '--data', file, '--error', 'label', '--alpha', '2']);
  assert.equal(alpha.code, 2);
  assert.match(alpha.stderr, /--alpha must be a number in \(0, 1\]/);
  const neither = runCli(['slices', '--data', file]);
  assert.equal(neither.code, 2);
});
