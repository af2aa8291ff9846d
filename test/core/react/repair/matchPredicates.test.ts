import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromDataFrame } from '../../../../core/io/fromDataFrame';
import { matchPredicates } from '../../../../core/react/repair';
import { SightlineInputError } from '../../../../core/io/errors';

const table = fromDataFrame({
  state: ['TX', 'CA', null, 'TX', 'TX'],
  hour: [10, 20, 30, NaN, 19.5],
  hub: [true, false, true, false, true],
});

const rows = (match: Uint8Array): number[] => [...match].flatMap((m, i) => (m ? [i] : []));

test('categories by equality, bin labels by the range they print, booleans and missing values', () => {
  assert.deepEqual(rows(matchPredicates(table, [{ feature: 'state', value: 'TX' }])), [0, 3, 4]);
  assert.deepEqual(rows(matchPredicates(table, [{ feature: 'hour', value: '[10, 20)' }])), [0, 4]);
  assert.deepEqual(rows(matchPredicates(table, [{ feature: 'hour', value: '[20, 30]' }])), [1, 2]);
  assert.deepEqual(rows(matchPredicates(table, [{ feature: 'hour', value: '= 30' }])), [2]);
  assert.deepEqual(rows(matchPredicates(table, [{ feature: 'hour', value: '(missing)' }])), [3]);
  assert.deepEqual(rows(matchPredicates(table, [{ feature: 'state', value: '(missing)' }])), [2]);
  assert.deepEqual(rows(matchPredicates(table, [{ feature: 'hub', value: 'true' }, { feature: 'state', value: 'TX' }])), [0, 4]);
  assert.deepEqual(rows(matchPredicates(table, [])), [0, 1, 2, 3, 4]);
});

test('"(other)" and unreadable values are refused with the column named', () => {
  assert.throws(() => matchPredicates(table, [{ feature: 'state', value: '(other)' }]), (e: unknown) => e instanceof SightlineInputError && e.code === 'repair.other-category');
  assert.throws(() => matchPredicates(table, [{ feature: 'hour', value: 'late' }]), (e: unknown) => e instanceof SightlineInputError && e.column === 'hour');
});
