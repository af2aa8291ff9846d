import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromDataFrame } from '../../../core/io/fromDataFrame';
import { cellValue } from '../../../core/io/logTable';

test('a Danfo-shaped frame (columns + column(name).values) becomes typed columns', () => {
  const data: Record<string, unknown[]> = { age: [31, null, 45], city: ['Oslo', 'Rome', null], ok: [true, false, true] };
  const frame = { columns: Object.keys(data), column: (name: string) => ({ values: data[name] }) };
  const table = fromDataFrame(frame);
  assert.equal(table.rowCount, 3);
  assert.deepEqual(table.columns.map((c) => [c.name, c.type]), [['age', 'number'], ['city', 'category'], ['ok', 'boolean']]);
  assert.deepEqual(table.columns.map((c) => cellValue(c, 1)), [null, 'Rome', false]);
});

test('a plain object of arrays works too, and ragged columns are refused', () => {
  const table = fromDataFrame({ x: Float64Array.from([1, 2]), when: [new Date(0), new Date(1000)] });
  assert.deepEqual(table.columns.map((c) => c.type), ['number', 'time']);
  assert.throws(() => fromDataFrame({ a: [1, 2], b: [1] }), /columns have different lengths \(2, 1\)/);
});
