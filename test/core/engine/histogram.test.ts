import { test } from 'node:test';
import assert from 'node:assert/strict';
import { histogramOf } from '../../../core/engine/histogram';
import { quantileSorted } from '../../../core/stats/quantile';

test('histogram matches numpy.histogram semantics: left-closed bins, last bin closed', () => {
  // numpy.histogram([0, 1, 1, 2, 3, 3, 3], bins=[0, 1, 2, 3]) -> [1, 2, 4]
  const h = histogramOf(Float64Array.from([0, 1, 1, 2, 3, 3, 3]), [0, 1, 2, 3]);
  assert.deepEqual(h.counts, [1, 2, 4]);
  assert.deepEqual([h.below, h.above, h.missing], [0, 0, 0]);
});

test('histogram counts values outside the edges and missing values apart', () => {
  const h = histogramOf(Float64Array.from([-5, 0.5, NaN, 10, 1.5, 1]), [0, 1, 2]);
  assert.deepEqual(h.counts, [1, 2]);
  assert.deepEqual([h.below, h.above, h.missing], [1, 1, 1]);
});

test('histogram agrees with brute force on random data and uneven edges', () => {
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const values = Float64Array.from({ length: 5000 }, () => random() * 12 - 1);
  const edges = [0, 0.5, 2, 2.25, 7, 10];
  const h = histogramOf(values, edges);
  const brute = edges.slice(0, -1).map((lo, i) => values.filter((v) => v >= lo && (i === edges.length - 2 ? v <= edges[i + 1] : v < edges[i + 1])).length);
  assert.deepEqual(h.counts, brute);
  assert.equal(h.below, values.filter((v) => v < 0).length);
  assert.equal(h.above, values.filter((v) => v > 10).length);
});

test('quantileSorted matches numpy.quantile (linear interpolation)', () => {
  // numpy.quantile([1, 2, 3, 4], [0, 0.5, 0.9, 1]) -> [1, 2.5, 3.7, 4]
  const sorted = [1, 2, 3, 4];
  assert.equal(quantileSorted(sorted, 0), 1);
  assert.equal(quantileSorted(sorted, 0.5), 2.5);
  assert.ok(Math.abs(quantileSorted(sorted, 0.9) - 3.7) < 1e-12);
  assert.equal(quantileSorted(sorted, 1), 4);
  assert.ok(Number.isNaN(quantileSorted([], 0.5)));
});
