import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RollbackInput } from '../../../../core/react/rollback/rollbackWhatIf';
import { rollbackWhatIf } from '../../../../core/react/rollback/rollbackWhatIf';

const rule = { threshold: 0.5, source: 'test' };
const decide = (scores: number[]) => scores.map((s) => (s >= 0.5 ? 1 : 0));

/** `copies` copies of 8 records served by v2 with v1 in shadow. */
function shadowed(live: number[], shadow: number[], labels: number[], copies: number): RollbackInput {
  const rep = <T>(xs: T[]) => Array.from({ length: copies }, () => xs).flat();
  const scores = rep(live);
  return {
    times: scores.map((_, i) => i * 1000),
    scores,
    decisions: decide(scores),
    labels: rep(labels),
    versions: scores.map(() => 'v2'),
    shadowScores: rep(shadow),
    shadowColumn: 'shadow',
  };
}

const LABELS = [1, 1, 1, 1, 0, 0, 0, 0];
const WORSE = [0.9, 0.8, 0.3, 0.2, 0.7, 0.1, 0.1, 0.1]; // 5 of 8 right
const BETTER = [0.9, 0.9, 0.9, 0.2, 0.1, 0.1, 0.1, 0.1]; // 7 of 8 right

test('rollback with shadow scores: before is the live model, after the shadow, on the same records', () => {
  const r = rollbackWhatIf(shadowed(WORSE, BETTER, LABELS, 1), { current: 'v2', previous: 'v1', previousThreshold: rule });
  assert.equal(r.before.accuracy?.value, 5 / 8);
  assert.equal(r.after.accuracy?.value, 7 / 8);
  assert.equal(r.difference.accuracy?.value, 2 / 8);
  assert.equal(r.before.precision?.value, 2 / 3);
  assert.equal(r.after.recall?.value, 3 / 4);
  assert.deepEqual(r.recordsChanged, { decisions: 2, scores: 3, of: 8 });
  assert.deepEqual(r.coverage, { labeled: 8, total: 8, share: 1 });
  assert.equal(r.verdict, 'no clear change', 'eight records cannot exclude 0');
  assert.ok(r.assumptions[0].includes('same records'));
  assert.deepEqual(r.export?.parameters, { kind: 'rollback', version: 'v1', threshold: 0.5, shadowColumn: 'shadow' });
});

test('a rollback that would hurt is reported as hurting, with the interval below 0', () => {
  const r = rollbackWhatIf(shadowed(BETTER, WORSE, LABELS, 60), { current: 'v2', previous: 'v1', previousThreshold: rule });
  assert.equal(r.difference.accuracy?.value, -2 / 8);
  assert.equal(r.verdict, 'hurts');
  const interval = r.difference.accuracy?.interval;
  assert.ok(interval && interval.high < 0);
  assert.equal(r.difference.brier?.higherIsBetter, false);
});

test('the shadow is decided at the previous version\'s own threshold', () => {
  const r = rollbackWhatIf(shadowed(WORSE, BETTER, LABELS, 1), { current: 'v2', previous: 'v1', previousThreshold: { threshold: 0.95, source: 'test' } });
  assert.equal(r.after.accuracy?.value, 4 / 8, 'nothing reaches 0.95: every shadow decision is negative');
});

test('with no shadow scores, each version on its own window, said to be confounded by drift', () => {
  const scores = [...BETTER, ...WORSE];
  const input: RollbackInput = {
    times: scores.map((_, i) => i * 1000),
    scores,
    decisions: decide(scores),
    labels: [...LABELS, ...LABELS],
    versions: scores.map((_, i) => (i < 8 ? 'v1' : 'v2')),
    shadowScores: null,
    shadowColumn: null,
  };
  const r = rollbackWhatIf(input, { current: 'v2', previous: 'v1', previousThreshold: rule });
  assert.equal(r.before.accuracy?.value, 5 / 8, 'v2 on its own records');
  assert.equal(r.after.accuracy?.value, 7 / 8, 'v1 on its own records');
  assert.match(r.assumptions[0], /^CONFOUNDED BY DRIFT/);
  assert.equal(r.recordsChanged.decisions, 0);
  assert.equal(r.coverage.labeled, 16);
  assert.ok(r.difference.accuracy?.interval, 'an unpaired bootstrap interval');
});
