import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRandom, hashNormal, hashUniform } from '../../../core/demo/random';

test('createRandom repeats its sequence for a seed and differs across seeds', () => {
  const draw = (seed: number): number[] => {
    const r = createRandom(seed);
    return Array.from({ length: 5 }, () => r.next());
  };
  assert.deepEqual(draw(42), draw(42));
  assert.notDeepEqual(draw(42), draw(43));
  for (const v of draw(1)) assert.ok(v >= 0 && v < 1);
});

test('hashUniform is a pure function of (seed, stream, index) and looks uniform', () => {
  assert.equal(hashUniform(1, 2, 3), hashUniform(1, 2, 3));
  assert.notEqual(hashUniform(1, 2, 3), hashUniform(1, 3, 3));
  const n = 20_000;
  let sum = 0;
  let below = 0;
  for (let i = 0; i < n; i++) {
    const u = hashUniform(9, 1, i);
    sum += u;
    if (u < 0.07) below++;
  }
  assert.ok(Math.abs(sum / n - 0.5) < 0.01);
  assert.ok(Math.abs(below / n - 0.07) < 0.006);
});

test('hashNormal has mean 0 and variance 1', () => {
  const n = 20_000;
  let sum = 0;
  let squares = 0;
  for (let i = 0; i < n; i++) {
    const z = hashNormal(5, 3, i);
    sum += z;
    squares += z * z;
  }
  assert.ok(Math.abs(sum / n) < 0.03);
  assert.ok(Math.abs(squares / n - 1) < 0.04);
});
