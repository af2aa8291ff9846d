import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FallbackInput } from '../../../../core/react/fallback/fallbackWhatIf';
import { fallbackWhatIf } from '../../../../core/react/fallback/fallbackWhatIf';

const where = [{ feature: 'state', value: 'TX' }];

/**
 * 10 records; the slice (first 4) has labels 0 and decisions 1, 1, 1, 0 (1 of 4 right); the
 * other 6 are all right. Model accuracy on everything: 7 / 10.
 */
function input(copies = 1): FallbackInput {
  const rep = (xs: number[]) => Array.from({ length: copies }, () => xs).flat();
  const decisions = rep([1, 1, 1, 0, 1, 0, 1, 0, 1, 0]);
  const labels = rep([0, 0, 0, 0, 1, 0, 1, 0, 1, 0]);
  return {
    times: decisions.map((_, i) => i),
    scores: decisions.map((d) => (d ? 0.8 : 0.2)),
    decisions,
    labels,
    routed: Uint8Array.from(rep([1, 1, 1, 1, 0, 0, 0, 0, 0, 0])),
  };
}

test('fallback to a fixed negative: every record still counts, the slice now right', () => {
  const r = fallbackWhatIf(input(), { where, action: 'negative' });
  assert.equal(r.before.accuracy?.value, 7 / 10);
  assert.equal(r.after.accuracy?.value, 1);
  assert.equal(r.before.precision?.value, 3 / 6);
  assert.equal(r.after.precision?.value, 1);
  assert.deepEqual(r.recordsChanged, { decisions: 3, scores: 0, of: 10 });
  assert.equal(r.export?.parameters.kind === 'fallback' && r.export.parameters.recordsRouted, 4);
  assert.ok(r.assumptions.some((a) => a.includes('model accuracy 25.0%, fixed decision negative 100.0%')));
});

test('fallback to a fixed positive hurts on a slice whose labels are all 0', () => {
  const r = fallbackWhatIf(input(40), { where, action: 'positive' });
  assert.equal(r.after.accuracy?.value, 6 / 10);
  assert.equal(r.verdict, 'hurts');
});

test('review takes the slice out of the automated metrics and states the coverage given up', () => {
  const r = fallbackWhatIf(input(40), { where, action: 'review' });
  assert.equal(r.before.accuracy?.value, 7 / 10);
  assert.equal(r.after.accuracy?.value, 1, 'the 6 of 10 left to the model are all right');
  assert.equal(r.verdict, 'helps');
  assert.equal(r.recordsChanged.decisions, 160);
  assert.ok(r.assumptions.some((a) => a.startsWith('coverage given up: 40.0%')));
  const after = r.after.accuracy?.interval;
  assert.ok(after && after.high <= 1 && after.low > 0.9, 'Wilson on the 240 records left');
});
