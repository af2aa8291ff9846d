import { test } from 'node:test';
import assert from 'node:assert/strict';
import { erfc } from '../../../core/stats/special/erfc';

// Reference values from Python's math.erfc (the C library's erfc), printed with repr.
const REFERENCE: Array<[number, number]> = [
  [0, 1],
  [0.1, 0.8875370839817152],
  [0.46875, 0.507386526782062],
  [0.5, 0.4795001221869535],
  [1, 0.15729920705028513],
  [2, 0.004677734981047265],
  [3.9, 3.479224859723177e-8],
  [4, 1.541725790028002e-8],
  [4.1, 6.700027654084918e-9],
  [10, 2.088487583762545e-45],
  [20, 5.3958656116079005e-176],
  [26.5, 2.2109076642637343e-307],
];

test('erfc matches the C library to near machine precision on both sides of each interval boundary', () => {
  for (const [x, want] of REFERENCE) {
    const got = erfc(x);
    assert.ok(Math.abs(got - want) <= 2e-15 * want, `erfc(${x}) = ${got}, want ${want}`);
  }
  assert.ok(Math.abs(erfc(-0.3) - (2 - erfc(0.3))) < 1e-16);
  assert.equal(erfc(30), 0);
  assert.ok(Number.isNaN(erfc(NaN)));
});
