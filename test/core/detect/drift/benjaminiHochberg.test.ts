import { test } from 'node:test';
import assert from 'node:assert/strict';
import { benjaminiHochberg } from '../../../../core/detect/drift';
import { seededRandom } from '../../../../core/stats/seededRandom';

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

test('Benjamini-Hochberg equals the definition by brute force, ties and NaN included', () => {
  const random = seededRandom(5);
  for (let trial = 0; trial < 50; trial++) {
    const m = 1 + Math.floor(random() * 60);
    // Rounded p-values make ties common.
    const p = Array.from({ length: m }, () => Math.round(random() ** 2 * 40) / 40);
    // q_i = min over p_k >= p_i of m * p_k / #{p_l <= p_k}, capped at 1.
    const brute = p.map((pi) => Math.min(1, ...p.filter((pk) => pk >= pi).map((pk) => (m * pk) / p.filter((pl) => pl <= pk).length)));
    const adjusted = benjaminiHochberg(p);
    adjusted.forEach((q, i) => assert.ok(Math.abs(q - brute[i]) < 1e-12, `trial ${trial}, ${i}: ${q} vs ${brute[i]}`));
  }
  const withNaN = benjaminiHochberg([0.01, NaN, 0.02]);
  assert.ok(Number.isNaN(withNaN[1]));
  // NaN is not a hypothesis that failed: m counts it (conservative), the others stay finite.
  assert.deepEqual(withNaN.filter((q) => !Number.isNaN(q)), [0.03, 0.03]);
});
