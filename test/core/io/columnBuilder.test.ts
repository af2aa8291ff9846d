import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createColumnBuilder } from '../../../core/io/columnBuilder';
import type { ColumnType } from '../../../core/protocol';
import { IssueTally } from '../../../core/io/text/issueTally';

function builder(type: ColumnType, capacity = 1) {
  const tally = new IssueTally('mem.csv', 'csv');
  return { tally, b: createColumnBuilder({ name: 'c', type, epochUnit: 's', capacity, tally }) };
}

test('category codes stay stable while the dictionary grows past its initial tables and pool', () => {
  const { b } = builder('category');
  const values = Array.from({ length: 6000 }, (_, i) => `value-${i}-${'x'.repeat(i % 40)}`);
  const buf = Buffer.from(values.join('\n'));
  let at = 0;
  for (const v of values) {
    const length = Buffer.byteLength(v);
    b.pushBytes(buf, at, at + length, 1);
    at += length + 1;
  }
  for (const v of values) b.pushText(v, 2);
  b.pushValue(null, 3);
  const column = b.finish();
  assert.equal(column.type, 'category');
  if (column.type !== 'category') return;
  assert.equal(column.dictionary.length, 6000);
  assert.deepEqual(column.dictionary, values);
  assert.deepEqual([...column.codes], [...values.keys(), ...values.keys(), -1]);
});

test('JSON values in a category column: numbers, booleans and objects become text', () => {
  const { b } = builder('category');
  for (const v of ['a', 3, true, { k: 1 }, [1], null, undefined, '']) b.pushValue(v, 1);
  const column = b.finish();
  assert.ok(column.type === 'category');
  assert.deepEqual([...column.codes].map((c) => (c < 0 ? null : column.dictionary[c])), ['a', '3', 'true', '{"k":1}', '[1]', null, null, null]);
});

test('number buffers grow from a small capacity and keep every value', () => {
  const { b, tally } = builder('number');
  for (let i = 0; i < 1000; i++) b.pushValue(i / 4, i + 1);
  b.pushValue(false, 1001);
  const column = b.finish();
  assert.ok(column.type === 'number');
  assert.equal(column.values.length, 1001);
  assert.equal(column.values[999], 249.75);
  assert.ok(Number.isNaN(column.values[1000]));
  assert.deepEqual(tally.toDiagnostics().map((d) => [d.code, d.count, d.line, d.column]), [['csv.mixed-type', 1, 1001, 'c']]);
});

test('time builder: ISO text, epoch seconds from text and JSON numbers', () => {
  const { b } = builder('time');
  b.pushText('2024-01-01T00:00:00Z', 1);
  b.pushText('1700000000', 2);
  b.pushValue(1700000000, 3);
  b.pushText('NA', 4);
  const column = b.finish();
  assert.ok(column.type === 'time');
  assert.deepEqual([...column.values], [Date.UTC(2024, 0, 1), 1_700_000_000_000, 1_700_000_000_000, NaN]);
});
