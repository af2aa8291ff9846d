import { test } from 'node:test';
import assert from 'node:assert/strict';
import { benjaminiHochberg } from '../../../../core/detect/drift';

test('Benjamini-Hochberg matches a hand computation, in input order', () => {
  // Sorted 0.01, 0.03, 0.04, 0.2 with m = 4: raw 0.04, 0.06, 0.0533, 0.2; monotone from the top.
  const adjusted = benjaminiHochberg([0.01, 0.04, 0.03, 0.2]);
  const expected = [0.04, 0.04 * 4 / 3, 0.04 * 4 / 3, 0.2];
  adjusted.forEach((p, i) => assert.ok(Math.abs(p - expected[i]) < 1e-15, `${i}: ${p} vs ${expected[i]}`));
});

test('Benjamini-Hochberg caps at 1 and leaves a single p-value alone', () => {
  assert.deepEqual(benjaminiHochberg([0.3]), [0.3]);
  assert.deepEqual(benjaminiHochberg([0.9, 0.8]), [0.9, 0.9]);
  assert.deepEqual(benjaminiHochberg([]), []);
});
