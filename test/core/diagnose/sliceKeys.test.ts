import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SliceKeys } from '../../../core/diagnose/slices/sliceKeys';
import { EvaluatedSlices } from '../../../core/diagnose/slices/evaluatedSlices';
import { SightlineInputError } from '../../../core/io/errors';

test('every slice up to three predicates has its own key, and the key decodes to its predicates', () => {
  const cardinalities = [2, 3, 1, 4];
  const keys = new SliceKeys(cardinalities, 3);
  const seen = new Map<number, string>();
  const visit = (features: number[], values: number[]) => {
    if (features.length > 0) {
      const key = keys.of(features, values);
      const name = `${features}|${values}`;
      assert.equal(seen.get(key) ?? name, name, `key ${key} is shared`);
      seen.set(key, name);
      assert.deepEqual(keys.decode(key), { features, values });
    }
    if (features.length === 3) return;
    for (let f = (features.at(-1) ?? -1) + 1; f < cardinalities.length; f++) {
      for (let v = 0; v < cardinalities[f]; v++) visit([...features, f], [...values, v]);
    }
  };
  visit([], []);
  // 10 single predicates, 35 pairs (6+2+8+3+12+4) and 50 triples (6+24+8+12) of these cardinalities.
  assert.equal(seen.size, 10 + 35 + 50);
  assert.equal(keys.extended(keys.of([0], [1]), 3, 2), keys.of([0, 3], [1, 2]));
  assert.equal(keys.withoutOneAndExtended([0, 1], [1, 2], 0, 3, 0), keys.of([1, 3], [2, 0]));
});

test('too many feature values for exact keys is a clear input error, not a silent collision', () => {
  assert.throws(() => new SliceKeys(Array.from({ length: 40 }, () => 30), 6), (e: unknown) => e instanceof SightlineInputError && /Lower --max-level/.test(e.hint ?? ''));
});

test('the union keeps the first list in order and adds only the slices it lacks', () => {
  const keys = new SliceKeys([3, 3], 2);
  const a = new EvaluatedSlices(keys);
  const b = new EvaluatedSlices(keys);
  a.push(keys.of([0], [1]), 1, 10, 2, 2, 1);
  a.push(keys.of([1], [0]), 1, 12, 3, 3, 1);
  b.push(keys.of([1], [0]), 1, 12, 3, 3, 1);
  b.push(keys.of([0, 1], [2, 2]), 2, 5, 5, 5, 1);
  const joined = a.union(b);
  assert.equal(joined.length, 3);
  assert.deepEqual(joined.stats(2, () => 0), { features: [0, 1], values: [2, 2], size: 5, errorSum: 5, errorSquares: 5, errorMax: 1, score: 0 });
  assert.equal(joined.indexOf(keys.of([1], [0]), 1), 1);
  assert.equal(joined.indexOf(keys.of([0, 1], [2, 2]), 2), 2);
  assert.equal(joined.indexOf(keys.of([0], [0]), 1), -1);
});

test('the store grows past its first capacity without losing a slice', () => {
  const keys = new SliceKeys([3000], 1);
  const store = new EvaluatedSlices(keys);
  for (let v = 0; v < 3000; v++) store.push(keys.of([0], [v]), 1, v + 1, v, v, 1);
  assert.equal(store.length, 3000);
  assert.deepEqual(store.sumsOf(2999, { size: 0, errorSum: 0, errorSquares: 0 }), { size: 3000, errorSum: 2999, errorSquares: 2999 });
  assert.deepEqual(store.stats(1234, () => 1).values, [1234]);
});
