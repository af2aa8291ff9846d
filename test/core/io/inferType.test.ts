import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inferColumnType, looksLikeTimeName } from '../../../core/io/inferType';

test('numbers, booleans, times and categories', () => {
  assert.equal(inferColumnType('x', ['1', '2.5', '-3e2', '', 'NA']).type, 'number');
  assert.equal(inferColumnType('ok', ['true', 'FALSE', 'True', 'null']).type, 'boolean');
  assert.equal(inferColumnType('flag', ['0', '1', '1']).type, 'number');
  assert.equal(inferColumnType('when', ['2024-01-01', '2024-01-02T10:00:00Z']).type, 'time');
  assert.equal(inferColumnType('country', ['fr', 'de', 'fr']).type, 'category');
  assert.equal(inferColumnType('empty', ['', 'NA', null, 'N/A', 'NULL']).type, 'category');
  assert.equal(inferColumnType('hex', ['0x10', '0x20']).type, 'category');
});

test('numbers are time only when the name looks like time', () => {
  const ts = inferColumnType('ts', ['1700000000', '1700000060']);
  assert.deepEqual([ts.type, ts.epochUnit], ['time', 's']);
  const created = inferColumnType('created_at', ['1700000000000']);
  assert.deepEqual([created.type, created.epochUnit], ['time', 'ms']);
  assert.equal(inferColumnType('amount', ['1700000000']).type, 'number');
  for (const name of ['ts', 'time', 'timestamp', 'date', 'event_time', 'label_ts', 'createdAt', 'eventTime', 'TIME']) {
    assert.ok(looksLikeTimeName(name), name);
  }
  for (const name of ['format', 'status', 'update', 'times_seen', 'id']) assert.ok(!looksLikeTimeName(name), name);
});

test('declared types and time columns win over the data', () => {
  assert.equal(inferColumnType('x', ['1', '2'], { types: { x: 'category' } }).type, 'category');
  assert.equal(inferColumnType('x', ['1', '2'], { timeColumns: ['x'] }).type, 'time');
  assert.equal(inferColumnType('x', ['a'], { types: { x: 'number' } }).type, 'number');
});

test('a mostly numeric sample with text becomes category and points at the text', () => {
  const inferred = inferColumnType('x', ['1', '2', 'abc', '4']);
  assert.equal(inferred.type, 'category');
  assert.equal(inferred.mixedAt, 2);
  assert.equal(inferColumnType('x', ['a', 'b', '3']).mixedAt, undefined);
});

test('spelled-out non-finite numbers count as numeric', () => {
  assert.equal(inferColumnType('x', ['1', 'NaN', 'inf', '-Infinity']).type, 'number');
});
