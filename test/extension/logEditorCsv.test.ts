import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { LogPage } from '../../core/protocol';
import { csvField, pageCsv } from '../../webviews/logEditor/pageCsv';

test('a page as CSV: header, quoting, empty string apart from missing', () => {
  const page: LogPage = {
    file: '/logs/a.csv',
    offset: 400,
    rowCount: 3,
    columns: [
      { name: 'id', type: 'number', values: Float64Array.from([1, 2, NaN]) },
      { name: 'note, free text', type: 'category', codes: Int32Array.from([0, 1, -1]), dictionary: ['say "hi"', ''] },
      { name: 'ts', type: 'time', values: Float64Array.from([Date.UTC(2024, 1, 3), NaN, NaN]) },
      { name: 'ok', type: 'boolean', values: Float64Array.from([1, 0, NaN]) },
    ],
  };
  assert.equal(pageCsv(page), [
    'id,"note, free text",ts,ok',
    '1,"say ""hi""",2024-02-03T00:00:00.000Z,true',
    '2,"",,false',
    ',,,',
    '',
  ].join('\n'));
});

test('fields with separators, line breaks or edge spaces are quoted; plain ones are not', () => {
  assert.equal(csvField('plain'), 'plain');
  assert.equal(csvField('two\nlines'), '"two\nlines"');
  assert.equal(csvField('cr\r'), '"cr\r"');
  assert.equal(csvField(' padded'), '" padded"');
  assert.equal(csvField('a,b'), '"a,b"');
  assert.equal(csvField('"'), '""""');
});

test('an empty page is just the header', () => {
  const page: LogPage = { file: 'x', offset: 0, rowCount: 0, columns: [{ name: 'a', type: 'number', values: new Float64Array(0) }] };
  assert.equal(pageCsv(page), 'a\n');
});
