import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readCsv, DEFAULT_CSV_TUNING } from '../../../core/io/csv/readCsv';
import type { CategoryColumn } from '../../../core/io/logTable';
import { cells, column, tempFile, types } from './tempFiles';

const LOG = [
  'id,score,country,ts,ok,note,epoch_s,created_at',
  '1,0.25,fr,2024-01-01T00:00:00Z,true,plain,1700000000,1700000000123',
  '2,-1.5e2,de,2024-01-01T02:00:00.250+01:00,FALSE,"a, b",1700000060,1700000000124',
  '3,,fr,2024-01-02,True,"say ""hi""",,1700000000125',
  '4,NA,,2024-01-02 10:30,false,"two',
  'lines",1700000120,',
  '5,7,N/A,2024-01-02T10:30:00-02:00,null,"",1700000180,1700000000126',
].join('\n');

test('reads types, values and missing cells of a small log', async () => {
  const table = await readCsv(tempFile('log.csv', `${LOG}\n`));
  assert.equal(table.rowCount, 5);
  assert.deepEqual(types(table), {
    id: 'number', score: 'number', country: 'category', ts: 'time', ok: 'boolean',
    note: 'category', epoch_s: 'number', created_at: 'time',
  });
  assert.deepEqual(cells(table, 'id'), [1, 2, 3, 4, 5]);
  assert.deepEqual(cells(table, 'score'), [0.25, -150, null, null, 7]);
  assert.deepEqual(cells(table, 'country'), ['fr', 'de', 'fr', null, null]);
  assert.deepEqual(cells(table, 'ts'), [
    '2024-01-01T00:00:00.000Z', '2024-01-01T01:00:00.250Z', '2024-01-02T00:00:00.000Z',
    '2024-01-02T10:30:00.000Z', '2024-01-02T12:30:00.000Z',
  ]);
  assert.deepEqual(cells(table, 'ok'), [true, false, true, false, null]);
  assert.deepEqual(cells(table, 'note'), ['plain', 'a, b', 'say "hi"', 'two\nlines', null]);
  assert.deepEqual(cells(table, 'created_at'), [
    '2023-11-14T22:13:20.123Z', '2023-11-14T22:13:20.124Z', '2023-11-14T22:13:20.125Z', null,
    '2023-11-14T22:13:20.126Z',
  ]);
  const country = column(table, 'country') as CategoryColumn;
  assert.deepEqual(country.dictionary, ['fr', 'de']);
  assert.deepEqual([...country.codes], [0, 1, 0, -1, -1]);
  const report = table.reports[0];
  assert.deepEqual(
    { format: report.format, rows: report.rows, skipped: report.skippedRows, diagnostics: report.diagnostics },
    { format: 'csv', rows: 5, skipped: 0, diagnostics: [] },
  );
  assert.equal(report.bytes, Buffer.byteLength(LOG) + 1);
});

test('timeColumns reads epoch seconds; types override inference', async () => {
  const table = await readCsv(tempFile('epochs.csv', `${LOG}\n`), {
    timeColumns: ['epoch_s'], types: { id: 'category', score: 'number' },
  });
  assert.equal(column(table, 'epoch_s').type, 'time');
  assert.deepEqual(cells(table, 'epoch_s'), [
    '2023-11-14T22:13:20.000Z', '2023-11-14T22:14:20.000Z', null, '2023-11-14T22:15:20.000Z', '2023-11-14T22:16:20.000Z',
  ]);
  assert.deepEqual(cells(table, 'id'), ['1', '2', '3', '4', '5']);
});

test('CRLF line ends and no final newline', async () => {
  const table = await readCsv(tempFile('crlf.csv', 'a,b\r\n1,"x\r\ny"\r\n2,z'));
  assert.deepEqual(cells(table, 'a'), [1, 2]);
  assert.deepEqual(cells(table, 'b'), ['x\r\ny', 'z']);
});

test('every chunk size gives the same table (records and quotes across chunk boundaries)', async () => {
  const path = tempFile('chunks.csv', `${LOG.replace(/\n/g, '\r\n')}\r\n`);
  const whole = await readCsv(path);
  for (const chunkSize of [16, 17, 19, 23, 31, 64]) {
    for (const sampleRows of [1, 2, 100]) {
      const table = await readCsv(path, {}, { ...DEFAULT_CSV_TUNING, chunkSize, sampleRows });
      assert.deepEqual(table.columns, whole.columns, `chunk ${chunkSize}, sample ${sampleRows}`);
      assert.equal(table.reports[0].diagnostics.length, 0);
    }
  }
});

test('values parsed from bytes equal Number() for many numeric forms', async () => {
  const texts = ['0', '-0', '+5', '3.14159', '-2.5', '.5', '5.', '1e3', '-1.25E-2', '123456789012345',
    '1234567890123456789', '0.1', '0.000001', '999999999999.999', ' 42 ', '007'];
  const table = await readCsv(tempFile('numbers.csv', `v\n${texts.join('\n')}\n`));
  assert.equal(column(table, 'v').type, 'number');
  assert.deepEqual(cells(table, 'v'), texts.map((t) => Number(t)));
});

test('a late value outside the sample keeps its column type', async () => {
  const rows = Array.from({ length: 50 }, (_, i) => `${i},c${i % 3}`);
  const table = await readCsv(tempFile('late.csv', `n,c\n${rows.join('\n')}\n`), {}, { ...DEFAULT_CSV_TUNING, sampleRows: 10 });
  assert.equal(table.rowCount, 50);
  assert.deepEqual(cells(table, 'n'), Array.from({ length: 50 }, (_, i) => i));
  assert.deepEqual((column(table, 'c') as CategoryColumn).dictionary, ['c0', 'c1', 'c2']);
});

test('non-ASCII text round-trips through the byte dictionary', async () => {
  const table = await readCsv(tempFile('utf8.csv', 'city,n\nZürich,1\n東京,2\nZürich,3\n"São Paulo",4\n'));
  assert.deepEqual(cells(table, 'city'), ['Zürich', '東京', 'Zürich', 'São Paulo']);
  assert.deepEqual((column(table, 'city') as CategoryColumn).dictionary, ['Zürich', '東京', 'São Paulo']);
});

test('blank lines are ignored and line numbers stay physical', async () => {
  const table = await readCsv(tempFile('blank.csv', 'a,b\n\n1,2\n\n3,x\n4\n'));
  assert.equal(table.rowCount, 2);
  const ragged = table.reports[0].diagnostics.find((d) => d.code === 'csv.ragged-row');
  assert.equal(ragged?.line, 6);
});

test('reports progress up to the file size and honours an abort signal', async () => {
  const path = tempFile('progress.csv', `${LOG}\n`);
  const seen: number[] = [];
  await readCsv(path, { onProgress: (p) => seen.push(p.bytesRead) }, { ...DEFAULT_CSV_TUNING, chunkSize: 64 });
  assert.ok(seen.length > 2);
  assert.equal(seen[seen.length - 1], Buffer.byteLength(LOG) + 1);
  const controller = new AbortController();
  controller.abort();
  await assert.rejects(readCsv(path, { signal: controller.signal }), { name: 'AbortError' });
  const late = new AbortController();
  await assert.rejects(
    readCsv(path, { signal: late.signal, onProgress: () => late.abort() }, { ...DEFAULT_CSV_TUNING, chunkSize: 64 }),
    { name: 'AbortError' },
  );
});

test('a thousand rows with quoted commas, newlines and quotes read the same at every chunk size', async () => {
  const expected = Array.from({ length: 1000 }, (_, i) => ({
    n: i % 7 === 0 ? null : i * 0.5,
    text: i % 3 === 0 ? `row ${i}, "q"\nnext` : `r${i % 11}`,
    at: Date.UTC(2024, 0, 1) + i * 1000,
  }));
  const quote = (s: string): string => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = expected.map((e) => `${e.n ?? ''},${quote(e.text)},${new Date(e.at).toISOString()}`);
  const path = tempFile('thousand.csv', `n,text,at\r\n${lines.join('\r\n')}\r\n`);
  for (const chunkSize of [16, 4096, 1 << 20]) {
    const table = await readCsv(path, {}, { ...DEFAULT_CSV_TUNING, chunkSize, sampleRows: 100 });
    assert.equal(table.rowCount, 1000);
    assert.deepEqual(cells(table, 'n'), expected.map((e) => e.n));
    assert.deepEqual(cells(table, 'text'), expected.map((e) => e.text));
    assert.deepEqual(cells(table, 'at'), expected.map((e) => new Date(e.at).toISOString()));
    assert.deepEqual(table.reports[0].diagnostics, []);
  }
});
