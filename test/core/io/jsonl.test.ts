import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readJsonLines, DEFAULT_JSONL_TUNING } from '../../../core/io/jsonl/readJsonLines';
import type { CategoryColumn } from '../../../core/io/logTable';
import { cells, column, diagnostic, tempFile, types } from './tempFiles';

const RECORDS = [
  '{"id": 1, "score": 0.5, "country": "fr", "ts": "2024-01-01T00:00:00Z", "ok": true, "created_at": 1700000000}',
  '{"id": 2, "score": null, "country": "de", "ts": "2024-01-01T01:00:00+01:00", "ok": false, "created_at": 1700000060}',
  '',
  '{"id": 3, "country": "fr", "ts": "2024-01-02", "ok": true, "created_at": null}',
  '   ',
  '{"id": 4, "score": "2.5", "country": null, "ts": null, "created_at": 1700000120}',
].join('\n');

test('reads JSON lines into typed columns with missing keys as missing values', async () => {
  const table = await readJsonLines(tempFile('log.jsonl', `${RECORDS}\n`));
  assert.equal(table.rowCount, 4);
  assert.deepEqual(types(table), {
    id: 'number', score: 'number', country: 'category', ts: 'time', ok: 'boolean', created_at: 'time',
  });
  assert.deepEqual(cells(table, 'id'), [1, 2, 3, 4]);
  assert.deepEqual(cells(table, 'score'), [0.5, null, null, 2.5]);
  assert.deepEqual(cells(table, 'country'), ['fr', 'de', 'fr', null]);
  assert.deepEqual(cells(table, 'ts'), ['2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z', '2024-01-02T00:00:00.000Z', null]);
  assert.deepEqual(cells(table, 'ok'), [true, false, true, null]);
  assert.deepEqual(cells(table, 'created_at'), ['2023-11-14T22:13:20.000Z', '2023-11-14T22:14:20.000Z', null, '2023-11-14T22:15:20.000Z']);
  assert.deepEqual((column(table, 'country') as CategoryColumn).dictionary, ['fr', 'de']);
  const report = table.reports[0];
  assert.deepEqual([report.format, report.rows, report.skippedRows, report.diagnostics], ['jsonl', 4, 0, []]);
});

test('every chunk size gives the same table', async () => {
  const path = tempFile('chunks.jsonl', `${RECORDS.replace(/\n/g, '\r\n')}`);
  const whole = await readJsonLines(path);
  for (const chunkSize of [16, 29, 64]) {
    for (const sampleRows of [1, 3]) {
      const table = await readJsonLines(path, {}, { ...DEFAULT_JSONL_TUNING, chunkSize, sampleRows });
      assert.deepEqual(table.columns, whole.columns, `chunk ${chunkSize}, sample ${sampleRows}`);
    }
  }
});

test('nested objects and arrays are kept as JSON text categories, with an info note', async () => {
  const table = await readJsonLines(tempFile('nested.jsonl', '{"a": 1, "meta": {"k": [1, 2]}}\n{"a": 2, "meta": [3]}\n{"a": 3}\n'));
  assert.equal(column(table, 'meta').type, 'category');
  assert.deepEqual(cells(table, 'meta'), ['{"k":[1,2]}', '[3]', null]);
  const note = diagnostic(table, 'jsonl.nested');
  assert.equal(note?.severity, 'info');
  assert.equal(note?.column, 'meta');
  assert.equal(note?.line, 1);
});

test('a key first seen after the sample becomes a column padded with missing values', async () => {
  const lines = ['{"a": 1}', '{"a": 2}', '{"a": 3, "late": "x"}', '{"a": 4, "late": "y"}'];
  const table = await readJsonLines(tempFile('late.jsonl', lines.join('\n')), {}, { ...DEFAULT_JSONL_TUNING, sampleRows: 2 });
  assert.deepEqual(cells(table, 'late'), [null, null, 'x', 'y']);
  assert.equal(diagnostic(table, 'jsonl.late-column')?.line, 3);
});

test('numbers and booleans in a text column become their text', async () => {
  const lines = ['{"v": "a"}', '{"v": "b"}', '{"v": "c"}', '{"v": 12}', '{"v": true}'];
  const table = await readJsonLines(tempFile('text.jsonl', lines.join('\n')), {}, { ...DEFAULT_JSONL_TUNING, sampleRows: 3 });
  assert.deepEqual(cells(table, 'v'), ['a', 'b', 'c', '12', 'true']);
});
