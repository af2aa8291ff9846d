import { test } from 'node:test';
import assert from 'node:assert/strict';
import { categoricalEffect, numericEffect, totalVariation } from '../../../../core/detect/drift';
import { normalDraw, seededRandom } from '../../../../core/detect/drift/random';

function normal(n: number, shift: number, seed: number): Float64Array {
  const random = seededRandom(seed);
  return Float64Array.from({ length: n }, () => normalDraw(random) + shift).sort();
}

test('total variation distance by hand', () => {
  assert.ok(Math.abs(totalVariation([50, 50], [30, 70]) - 0.2) < 1e-15);
  assert.equal(totalVariation([1, 2, 3], [2, 4, 6]), 0);
});

test('categorical effect: interval holds the estimate, is ordered and narrows with n', () => {
  const small = categoricalEffect([50, 50], [30, 70]);
  const large = categoricalEffect([5000, 5000], [3000, 7000]);
  for (const e of [small, large]) {
    assert.ok(e.interval[0] <= e.value && e.value <= e.interval[1], JSON.stringify(e));
    assert.ok(e.interval[0] >= 0);
  }
  assert.ok(large.interval[1] - large.interval[0] < (small.interval[1] - small.interval[0]) / 5);
  assert.ok(large.interval[0] > 0.18 && large.interval[1] < 0.22, JSON.stringify(large.interval));
});

test('numeric effect: a 0.5 SD shift at n = 20,000 reads 0.5 SD with an interval around it', () => {
  const e = numericEffect(normal(20_000, 0, 1), normal(20_000, 0.5, 2));
  assert.ok(Math.abs(e.value - 0.5) < 0.03, String(e.value));
  assert.ok(e.interval[0] < e.value && e.value < e.interval[1]);
  assert.ok(e.interval[0] > 0.45 && e.interval[1] < 0.55, JSON.stringify(e.interval));
  assert.equal(e.unit, ' SD');
});

test('numeric effect: identical samples give 0 with an interval starting at 0', () => {
  const x = normal(500, 0, 3);
  const e = numericEffect(x, Float64Array.from(x));
  assert.equal(e.value, 0);
  assert.equal(e.interval[0], 0);
});

test('effect intervals repeat run after run (seeded bootstrap)', () => {
  const a = normal(300, 0, 4);
  const b = normal(300, 0.2, 5);
  assert.deepEqual(numericEffect(a, b).interval, numericEffect(a, b).interval);
});
