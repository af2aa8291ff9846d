import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chiSquaredContingency, fisherExact, ksTwoSample, sturgesEdges, wasserstein } from '../../../core/stats';

test('KS on [1,2,3] vs [4,5,6]: D = 1, exact p = 2 / C(6,3) = 0.1', () => {
  const r = ksTwoSample(Float64Array.of(1, 2, 3), Float64Array.of(4, 5, 6));
  assert.equal(r.statistic, 1);
  assert.ok(Math.abs(r.pValue - 0.1) < 1e-15);
});

test('Wasserstein of [0, 1] vs [2, 3] is the shift, 2', () => {
  assert.equal(wasserstein(Float64Array.of(0, 1), Float64Array.of(2, 3)).statistic, 2);
});

test('Fisher on [[1, 0], [0, 1]]: both tables with these margins have p 1/2, so p = 1', () => {
  assert.equal(fisherExact(1, 0, 0, 1).pValue, 1);
});

test('chi-squared on [[10, 10], [10, 10]] without correction is 0 with p = 1', () => {
  const r = chiSquaredContingency([10, 10], [10, 10], { yates: false });
  assert.equal(r.statistic, 0);
  assert.equal(r.pValue, 1);
});

test('Sturges edges of 8 values over [0, 4]: log2(8) + 1 = 4 bins of width 1', () => {
  assert.deepEqual(sturgesEdges(0, 4, 8), [0, 1, 2, 3, 4]);
});

test('unsorted or empty input is rejected with a message that says what to do', () => {
  assert.throws(() => ksTwoSample(Float64Array.of(2, 1), Float64Array.of(1)), /sorted ascending/);
  assert.throws(() => ksTwoSample(new Float64Array(0), Float64Array.of(1)), /empty/);
});
