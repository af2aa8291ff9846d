import { readFileSync } from 'node:fs';
import { fromArrow, loadCSV, loadJSON } from 'arquero';
import { parquetReadObjects } from 'hyparquet';
import { readCsv } from '../../core/io/csv/readCsv';
import { readJsonLines } from '../../core/io/jsonl/readJsonLines';
import { readLogFile } from '../../core/io/readLogFile';

interface ParquetWasm {
  readParquet(bytes: Uint8Array): { intoIPCStream(): Uint8Array; numRows?: number };
}

/** One loader measured in a child process: loads `file` and returns the row count it got. */
export type LoadTask = (file: string) => Promise<number>;

function fileBytes(file: string): Uint8Array {
  const buf = readFileSync(file);
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

export const LOAD_TASKS: Record<string, LoadTask> = {
  'sightline-csv': async (file) => (await readCsv(file)).rowCount,
  'arquero-csv': async (file) => (await loadCSV(file)).numRows(),
  'sightline-jsonl': async (file) => (await readJsonLines(file)).rowCount,
  'arquero-jsonl': async (file) => (await loadJSON(file, { type: 'ndjson' })).numRows(),
  'sightline-arrow': async (file) => (await readLogFile(file)).rowCount,
  'arquero-arrow': async (file) => fromArrow(fileBytes(file)).numRows(),
  'sightline-parquet': async (file) => (await readLogFile(file)).rowCount,
  'parquet-wasm+arquero': async (file) => {
    // Kept out of the bundle: parquet-wasm loads its .wasm from next to its own JS file.
    const wasm = require('parquet-wasm/node') as ParquetWasm;
    return fromArrow(wasm.readParquet(fileBytes(file)).intoIPCStream()).numRows();
  },
  hyparquet: async (file) => {
    const bytes = readFileSync(file);
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    return (await parquetReadObjects({ file: buffer })).length;
  },
};
