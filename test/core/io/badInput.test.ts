import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readCsv, DEFAULT_CSV_TUNING } from '../../../core/io/csv/readCsv';
import { readJsonLines, DEFAULT_JSONL_TUNING } from '../../../core/io/jsonl/readJsonLines';
import { SightlineInputError } from '../../../core/io/errors';
import type { LogTable } from '../../../core/io/logTable';
import { cells, diagnostic, tempFile, tempPath } from './tempFiles';

const SMALL_SAMPLE = { ...DEFAULT_CSV_TUNING, sampleRows: 2 };

/** Asserts the input error's code, that its message names the file, and its line when given. */
async function rejectsWith(read: Promise<LogTable>, code: string, file: string, line?: number): Promise<SightlineInputError> {
  try {
    await read;
  } catch (error) {
    assert.ok(error instanceof SightlineInputError, `expected SightlineInputError, got ${String(error)}`);
    assert.equal(error.code, code);
    assert.equal(error.file, file);
    assert.ok(error.message.includes(file), error.message);
    assert.ok(error.hint && error.hint.length > 10, 'has a hint');
    if (line !== undefined) {
      assert.equal(error.line, line);
      assert.ok(error.message.includes(`${file}:${line}`), error.message);
    }
    return error;
  }
  assert.fail(`expected ${code}`);
}

/** Asserts one diagnostic: code, severity, count, first line, column, and that its message names file and line. */
function assertDiagnostic(
  table: LogTable,
  expected: { code: string; severity: string; count: number; line: number; column?: string },
): void {
  const found = diagnostic(table, expected.code);
  assert.ok(found, `no ${expected.code} in ${JSON.stringify(table.reports[0].diagnostics)}`);
  assert.deepEqual(
    { code: found.code, severity: found.severity, count: found.count, line: found.line, column: found.column },
    { column: undefined, ...expected },
  );
  const file = table.reports[0].file;
  assert.ok(found.message.includes(`${file}:${expected.line}`), found.message);
  if (expected.column) assert.ok(found.message.includes(`"${expected.column}"`), found.message);
}

test('missing file: io.not-found naming the file (CSV and JSON lines)', async () => {
  const path = tempPath('nope.csv');
  await rejectsWith(readCsv(path), 'io.not-found', path);
  await rejectsWith(readJsonLines(tempPath('nope.jsonl')), 'io.not-found', tempPath('nope.jsonl'));
});

test('a folder instead of a file: io.not-a-file', async () => {
  const dir = tempPath('');
  await rejectsWith(readCsv(dir), 'io.not-a-file', dir);
});

test('empty file, and a file of blank lines: csv.empty', async () => {
  const empty = tempFile('empty.csv', '');
  await rejectsWith(readCsv(empty), 'csv.empty', empty);
  const blank = tempFile('blank.csv', '\n\r\n\n');
  await rejectsWith(readCsv(blank), 'csv.empty', blank);
  const bomOnly = tempFile('bom-only.csv', '\ufeff');
  await rejectsWith(readCsv(bomOnly), 'csv.empty', bomOnly);
});

test('header only: csv.no-rows at the header line, with or without BOM', async () => {
  const path = tempFile('header.csv', 'a,b,c\n');
  await rejectsWith(readCsv(path), 'csv.no-rows', path, 1);
  const bom = tempFile('header-bom.csv', '\ufeffa,b,c');
  await rejectsWith(readCsv(bom), 'csv.no-rows', bom, 1);
});

test('a UTF-8 BOM is stripped from the first header name, with an info note', async () => {
  const table = await readCsv(tempFile('bom.csv', '\ufeffid,name\n1,x\n'));
  assert.deepEqual(table.columns.map((c) => c.name), ['id', 'name']);
  assert.deepEqual(cells(table, 'id'), [1]);
  assertDiagnostic(table, { code: 'csv.bom', severity: 'info', count: 1, line: 1 });
});

test('ragged rows are skipped with one warning that counts them; good rows load', async () => {
  const table = await readCsv(tempFile('ragged.csv', 'a,b,c\n1,2,3\n4,5\n6,7,8\n9,10,11,12\n13,14,15\n'));
  assert.deepEqual(cells(table, 'a'), [1, 6, 13]);
  assert.equal(table.reports[0].skippedRows, 2);
  assertDiagnostic(table, { code: 'csv.ragged-row', severity: 'warning', count: 2, line: 3 });
  assert.match(diagnostic(table, 'csv.ragged-row')?.message ?? '', /lines 3, 5/);
});

test('an unterminated quote keeps the rows before it and names the line where it opened', async () => {
  const path = tempFile('quote.csv', 'a,b\n1,x\n2,y\n3,"never closed\n4,z\n5,w\n');
  for (const chunkSize of [16, 1 << 20]) {
    const table = await readCsv(path, {}, { ...DEFAULT_CSV_TUNING, chunkSize });
    assert.deepEqual(cells(table, 'a'), [1, 2]);
    assertDiagnostic(table, { code: 'csv.unterminated-quote', severity: 'error', count: 1, line: 4 });
  }
});

test('an unterminated quote in the first data row is an error at that line', async () => {
  const path = tempFile('quote-first.csv', 'a,b\n\n1,"oops\n2,x\n');
  await rejectsWith(readCsv(path), 'csv.unterminated-quote', path, 3);
});

test('a record longer than the limit stops reading and is reported as a likely unterminated quote', async () => {
  const path = tempFile('long.csv', `a,b\n1,x\n2,"${'y'.repeat(5000)}\n`);
  const table = await readCsv(path, {}, { ...DEFAULT_CSV_TUNING, chunkSize: 64, maxRecordBytes: 1024 });
  assert.deepEqual(cells(table, 'a'), [1]);
  assertDiagnostic(table, { code: 'csv.unterminated-quote', severity: 'error', count: 1, line: 3 });
});

test('rows with invalid UTF-8 are skipped and reported by line, at any chunk size', async () => {
  const content = Buffer.concat([
    Buffer.from('id,name\n1,ok\n2,caf'), Buffer.from([0xe9]), Buffer.from('\n3,fine\n4,'),
    Buffer.from([0xff, 0xfe]), Buffer.from('\n5,last\n'),
  ]);
  const path = tempFile('latin1.csv', content);
  for (const chunkSize of [16, 1 << 20]) {
    const table = await readCsv(path, {}, { ...DEFAULT_CSV_TUNING, chunkSize });
    assert.deepEqual(cells(table, 'id'), [1, 3, 5]);
    assert.deepEqual(cells(table, 'name'), ['ok', 'fine', 'last']);
    assert.equal(table.reports[0].skippedRows, 2);
    assertDiagnostic(table, { code: 'csv.invalid-utf8', severity: 'warning', count: 2, line: 3 });
  }
});

test('text in a numeric column after the sample: missing, with a warning naming column, count and line', async () => {
  const table = await readCsv(tempFile('mixed.csv', 'x,y\n1,a\n2,b\n3,c\nabc,d\n5,e\noops,f\n'), {}, SMALL_SAMPLE);
  assert.deepEqual(cells(table, 'x'), [1, 2, 3, null, 5, null]);
  assertDiagnostic(table, { code: 'csv.mixed-type', severity: 'warning', count: 2, line: 5, column: 'x' });
  assert.match(diagnostic(table, 'csv.mixed-type')?.message ?? '', /"abc"/);
});

test('a mixed sample is read as category and says so', async () => {
  const table = await readCsv(tempFile('mixed-sample.csv', 'x\n1\n2\nabc\n4\n'));
  assert.deepEqual(cells(table, 'x'), ['1', '2', 'abc', '4']);
  assertDiagnostic(table, { code: 'csv.mixed-sample', severity: 'warning', count: 1, line: 4, column: 'x' });
});

test('NaN / Infinity / inf text in a numeric column is missing, with a warning', async () => {
  const table = await readCsv(tempFile('nonfinite.csv', 'x\n1\nNaN\n2\nInfinity\n-inf\n1e999\n'));
  assert.deepEqual(cells(table, 'x'), [1, null, 2, null, null, null]);
  assertDiagnostic(table, { code: 'csv.non-finite', severity: 'warning', count: 4, line: 3, column: 'x' });
});

test('a declared boolean column accepts yes/no and 1/0; other text is a mismatch', async () => {
  const table = await readCsv(tempFile('bools.csv', 'b\nyes\n0\nTRUE\nmaybe\n'), { types: { b: 'boolean' } });
  assert.deepEqual(cells(table, 'b'), [true, false, true, null]);
  assertDiagnostic(table, { code: 'csv.mixed-type', severity: 'warning', count: 1, line: 5, column: 'b' });
});

test('empty and duplicate header names are renamed with warnings', async () => {
  const table = await readCsv(tempFile('names.csv', 'a,,a, a ,\n1,2,3,4,5\n'));
  assert.deepEqual(table.columns.map((c) => c.name), ['a', 'column_2', 'a_2', 'a_3', 'column_5']);
  const renamed = table.reports[0].diagnostics.filter((d) => d.code === 'csv.header-renamed');
  assert.deepEqual(renamed.map((d) => [d.column, d.line, d.severity]), [
    ['column_2', 1, 'warning'], ['a_2', 1, 'warning'], ['a_3', 1, 'warning'], ['column_5', 1, 'warning'],
  ]);
});

test('a file whose every row is bad is an error', async () => {
  const path = tempFile('allbad.csv', 'a,b\n1\n2\n3,4,5\n');
  const error = await rejectsWith(readCsv(path), 'csv.no-valid-rows', path, 2);
  assert.match(error.message, /3 rows/);
});

test('JSON lines: invalid JSON and non-object lines are skipped and reported by line', async () => {
  const path = tempFile('bad.jsonl', '{"a": 1}\n{"a": 2\n[1, 2]\n{"a": 3}\n42\nnot json\n"text"\nnull\n{"a": 4}\n');
  const table = await readJsonLines(path);
  assert.deepEqual(cells(table, 'a'), [1, 3, 4]);
  assert.equal(table.reports[0].skippedRows, 6);
  assertDiagnostic(table, { code: 'jsonl.invalid-json', severity: 'warning', count: 2, line: 2 });
  assertDiagnostic(table, { code: 'jsonl.not-object', severity: 'warning', count: 4, line: 3 });
});

test('JSON lines: empty file and a file of blank lines are jsonl.empty', async () => {
  const empty = tempFile('empty.jsonl', '');
  await rejectsWith(readJsonLines(empty), 'jsonl.empty', empty);
  const blank = tempFile('blank.jsonl', '\n  \n\r\n');
  await rejectsWith(readJsonLines(blank), 'jsonl.empty', blank);
});

test('JSON lines: every line bad is jsonl.no-valid-rows', async () => {
  const path = tempFile('allbad.jsonl', '{oops\n[1]\n');
  await rejectsWith(readJsonLines(path), 'jsonl.no-valid-rows', path, 1);
});

test('JSON lines: text in a numeric column is missing with a warning', async () => {
  const lines = ['{"x": 1}', '{"x": 2.5}', '{"x": "abc"}', '{"x": {"n": 1}}', '{"x": "7"}'];
  const table = await readJsonLines(tempFile('mixed.jsonl', lines.join('\n')), {}, { ...DEFAULT_JSONL_TUNING, sampleRows: 2 });
  assert.deepEqual(cells(table, 'x'), [1, 2.5, null, null, 7]);
  assertDiagnostic(table, { code: 'jsonl.mixed-type', severity: 'warning', count: 2, line: 3, column: 'x' });
});

test('JSON lines: invalid UTF-8 lines are skipped by line', async () => {
  const content = Buffer.concat([Buffer.from('{"a": "x"}\n{"a": "'), Buffer.from([0xc3]), Buffer.from('"}\n{"a": "y"}\n')]);
  const table = await readJsonLines(tempFile('bad-utf8.jsonl', content));
  assert.deepEqual(cells(table, 'a'), ['x', 'y']);
  assertDiagnostic(table, { code: 'jsonl.invalid-utf8', severity: 'warning', count: 1, line: 2 });
});
