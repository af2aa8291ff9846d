import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readLogFile } from '../../../core/io/readLogFile';
import { cellValue, type LogTable } from '../../../core/io/logTable';
import { SightlineInputError } from '../../../core/io/errors';
import { sampleArrowIpc, sampleColumns, sampleParquet } from '../../helpers/arrowFiles';
import { tempDir } from '../../helpers/tempDir';

function rows(table: LogTable): Record<string, unknown>[] {
  return Array.from({ length: table.rowCount }, (_, r) => Object.fromEntries(table.columns.map((c) => [c.name, cellValue(c, r)])));
}

const expected = [
  { id: 'a', score: 0.25, ok: true, ts: '2024-01-01T00:00:00.000Z' },
  { id: 'b', score: null, ok: false, ts: '2024-01-02T12:00:00.000Z' },
  { id: 'c', score: 0.75, ok: null, ts: null },
  { id: null, score: 1, ok: true, ts: '2024-01-03T00:00:00.000Z' },
];

test('Arrow IPC files and streams read into typed columns with nulls', async () => {
  const t = tempDir();
  for (const format of ['file', 'stream'] as const) {
    const table = await readLogFile(t.write(`s.${format === 'file' ? 'arrow' : 'ipc'}`, sampleArrowIpc(format)));
    assert.equal(table.rowCount, sampleColumns.id.length);
    assert.deepEqual(table.columns.map((c) => c.type), ['category', 'number', 'boolean', 'time']);
    assert.deepEqual(rows(table), expected);
    assert.equal(table.reports[0].format, 'arrow');
  }
});

test('Parquet reads into the same columns as the Arrow it was written from', async () => {
  const t = tempDir();
  const table = await readLogFile(t.write('s.parquet', sampleParquet()));
  assert.deepEqual(table.columns.map((c) => c.type), ['category', 'number', 'boolean', 'time']);
  assert.deepEqual(rows(table), expected);
});

async function inputError(promise: Promise<unknown>): Promise<SightlineInputError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof SightlineInputError, `expected SightlineInputError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected an error');
}

test('a truncated Parquet file names the file and says it was cut short', async () => {
  const t = tempDir();
  const bytes = sampleParquet();
  const path = t.write('cut.parquet', bytes.subarray(0, Math.floor(bytes.length / 2)));
  const error = await inputError(readLogFile(path));
  assert.equal(error.code, 'parquet.truncated');
  assert.equal(error.file, path);
  assert.match(error.message, /truncated/);
  assert.match(error.hint ?? '', /exclude it from the stage glob/);
});

test('a file that is not Parquet, a broken Arrow file and an unknown extension are clear errors', async () => {
  const t = tempDir();
  assert.equal((await inputError(readLogFile(t.write('x.parquet', 'id,score\n1,2\n')))).code, 'parquet.invalid');
  const ipc = sampleArrowIpc('file');
  assert.equal((await inputError(readLogFile(t.write('x.arrow', ipc.subarray(0, 40))))).code, 'arrow.invalid');
  assert.equal((await inputError(readLogFile(t.write('x.xlsx', 'PK')))).code, 'io.unknown-format');
  assert.equal((await inputError(readLogFile(t.dir + '/missing.parquet'))).code, 'io.not-found');
});
