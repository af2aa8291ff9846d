import { test } from 'node:test';
import assert from 'node:assert/strict';
import { meanShift, ONSET_LOG_LIKELIHOOD_MARGIN } from '../../../../core/diagnose/trace/changePoint';

/** Residual sum of squares of a split at k, straight from the definition. */
function bruteSse(values: number[], k: number): number {
  const sse = (part: number[]): number => {
    const mean = part.reduce((s, v) => s + v, 0) / part.length;
    return part.reduce((s, v) => s + (v - mean) ** 2, 0);
  };
  return sse(values.slice(0, k)) + sse(values.slice(k));
}

function bruteForce(values: number[]): { index: number; interval: [number, number] } {
  const n = values.length;
  const sse = values.map((_, k) => (k === 0 ? Infinity : bruteSse(values, k)));
  const index = sse.indexOf(Math.min(...sse));
  const logLik = (k: number): number => (-n / 2) * Math.log(sse[k] / n);
  const inside = sse.map((_, k) => k).filter((k) => k > 0 && logLik(index) - logLik(k) <= ONSET_LOG_LIKELIHOOD_MARGIN);
  return { index, interval: [Math.min(...inside), Math.max(...inside)] };
}

function gaussian(seed: number): () => number {
  let s = seed;
  const uniform = (): number => ((s = (s * 1_103_515_245 + 12_345) % 2 ** 31) + 1) / (2 ** 31 + 1);
  return () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
}

test('a clean step: the onset is its first shifted value and the interval that value alone', () => {
  const shift = meanShift([0, 0, 0, 0, 5, 5, 5])!;
  assert.equal(shift.index, 4);
  assert.deepEqual(shift.interval, [4, 4]);
  assert.equal(shift.before, 0);
  assert.equal(shift.after, 5);
});

test('hand-computed sums of squares for [1, 2, 3, 10]', () => {
  // k=1: 0 + (9+4+25) = 38; k=2: 0.5 + 24.5 = 25; k=3: 2 + 0 = 2.
  const shift = meanShift([1, 2, 3, 10])!;
  assert.equal(shift.index, 3);
  assert.ok(Number.isNaN(shift.sse[0]));
  [38, 25, 2].forEach((expected, i) => assert.ok(Math.abs(shift.sse[i + 1] - expected) < 1e-9, `SSE at ${i + 1}`));
  assert.equal(shift.before, 2);
  assert.equal(shift.after, 10);
});

test('index and interval equal brute force on noisy series, several seeds', () => {
  for (let seed = 1; seed <= 25; seed++) {
    const noise = gaussian(seed);
    const n = 20 + (seed % 40);
    const at = 3 + (seed * 7) % (n - 6);
    const size = (seed % 5) * 0.6;
    const values = Array.from({ length: n }, (_, i) => 100 + noise() + (i >= at ? size : 0));
    const fast = meanShift(values)!;
    const slow = bruteForce(values);
    assert.equal(fast.index, slow.index, `seed ${seed}`);
    assert.deepEqual(fast.interval, slow.interval, `seed ${seed}`);
    for (let k = 1; k < n; k++) assert.ok(Math.abs(fast.sse[k] - bruteSse(values, k)) < 1e-6 * (1 + bruteSse(values, k)), `seed ${seed} k ${k}`);
  }
});

test('a 3-SD shift is located within a narrow interval that holds the truth', () => {
  const noise = gaussian(99);
  const values = Array.from({ length: 60 }, (_, i) => noise() + (i >= 30 ? 3 : 0));
  const shift = meanShift(values)!;
  assert.ok(shift.interval[0] <= 30 && 30 <= shift.interval[1], `interval ${shift.interval}`);
  assert.ok(shift.interval[1] - shift.interval[0] <= 4, `interval ${shift.interval}`);
});

test('increase keeps only rises; too short a series has no change point', () => {
  assert.equal(meanShift([5, 5, 5, 0, 0], { increase: true }), undefined);
  assert.equal(meanShift([5, 5, 5, 0, 0])!.index, 3);
  assert.equal(meanShift([1, 2]), undefined);
});
