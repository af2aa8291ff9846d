import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { LogPageColumn } from '../../core/protocol';
import { cellData, formatCell, formatNumber, formatTime } from '../../webviews/logEditor/cells';

const number: LogPageColumn = { name: 'x', type: 'number', values: Float64Array.from([1, 0.1 + 0.2, -2.5e-7, NaN, Infinity, 123456789012]) };
const time: LogPageColumn = { name: 't', type: 'time', values: Float64Array.from([Date.UTC(2024, 0, 2, 3, 4, 5), Date.UTC(2024, 0, 2, 3, 4, 5, 120), NaN, 9e15]) };
const flag: LogPageColumn = { name: 'ok', type: 'boolean', values: Float64Array.from([1, 0, NaN]) };
const category: LogPageColumn = { name: 'c', type: 'category', codes: Int32Array.from([1, -1, 0]), dictionary: ['', 'fr'] };

test('numbers are right-aligned kinds, trimmed of float noise, null when NaN', () => {
  assert.deepEqual([0, 1, 2, 3, 4, 5].map((row) => formatCell(number, row)), [
    { text: '1', kind: 'number' },
    { text: '0.3', kind: 'number' },
    { text: '-2.5e-7', kind: 'number' },
    { text: 'null', kind: 'null' },
    { text: 'Infinity', kind: 'number' },
    { text: '123456789012', kind: 'number' },
  ]);
  assert.equal(formatNumber(1 / 3), '0.333333333333');
});

test('time is ISO 8601 UTC, milliseconds only when present', () => {
  assert.deepEqual([0, 1, 2].map((row) => formatCell(time, row).text), ['2024-01-02T03:04:05Z', '2024-01-02T03:04:05.120Z', 'null']);
  assert.equal(formatCell(time, 0).kind, 'time');
  assert.equal(formatTime(9e15), '9000000000000000', 'outside the Date range: the raw number, no exception');
});

test('booleans and categories; an empty string is text, a missing code is null', () => {
  assert.deepEqual([0, 1, 2].map((row) => formatCell(flag, row)), [
    { text: 'true', kind: 'boolean' },
    { text: 'false', kind: 'boolean' },
    { text: 'null', kind: 'null' },
  ]);
  assert.deepEqual([0, 1, 2].map((row) => formatCell(category, row)), [
    { text: 'fr', kind: 'text' },
    { text: 'null', kind: 'null' },
    { text: '', kind: 'text' },
  ]);
});

test('cell data keeps full precision and full ISO time, undefined for missing', () => {
  assert.equal(cellData(number, 1), String(0.1 + 0.2));
  assert.equal(cellData(number, 3), undefined);
  assert.equal(cellData(time, 0), '2024-01-02T03:04:05.000Z');
  assert.equal(cellData(flag, 1), 'false');
  assert.equal(cellData(category, 2), '');
  assert.equal(cellData(category, 1), undefined);
});
