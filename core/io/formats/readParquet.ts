import { open, readFile } from 'node:fs/promises';
import { tableFromIPC } from '@uwdata/flechette';
import type { LogTable } from '../logTable';
import { columnLength } from '../logTable';
import type { ReadOptions } from '../readOptions';
import { SightlineInputError } from '../errors';
import { columnsFromArrow } from './fromArrowTable';
import { loadParquetWasm } from './parquetWasm';

const MAGIC = 'PAR1';

/**
 * Reads a Parquet file through parquet-wasm (Rust's parquet crate compiled to WebAssembly):
 * it was the faster of the two registry readers in bench/load (see README).
 */
export async function readParquet(path: string, options: ReadOptions = {}): Promise<LogTable> {
  await checkMagic(path);
  const bytes = await readFile(path, { signal: options.signal });
  options.onProgress?.({ file: path, bytesRead: bytes.length, totalBytes: bytes.length });
  let ipc: Uint8Array;
  try {
    const wasm = loadParquetWasm();
    ipc = wasm.readParquet(bytes).intoIPCStream();
  } catch (error) {
    throw new SightlineInputError('parquet.invalid', `${path} could not be read as Parquet: ${describe(error)}`, {
      file: path,
      hint: 'The file may be truncated or still being written; re-copy it or exclude it from the stage glob.',
    });
  }
  const { columns, diagnostics } = columnsFromArrow(tableFromIPC(ipc), path, options.types);
  const rowCount = columns.length ? columnLength(columns[0]) : 0;
  return {
    rowCount,
    columns,
    reports: [{ file: path, format: 'parquet', bytes: bytes.length, rows: rowCount, skippedRows: 0, diagnostics }],
  };
}

async function checkMagic(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const head = Buffer.alloc(4);
    const tail = Buffer.alloc(4);
    if (size >= 12) {
      await handle.read(head, 0, 4, 0);
      await handle.read(tail, 0, 4, size - 4);
    }
    if (head.toString('latin1') !== MAGIC) {
      throw new SightlineInputError('parquet.invalid', `${path} is not a Parquet file (it does not start with "PAR1")`, {
        file: path,
        hint: 'Check the stage glob or the file extension: this file holds something else.',
      });
    }
    if (tail.toString('latin1') !== MAGIC) {
      throw new SightlineInputError('parquet.truncated', `${path} is truncated: its Parquet footer is missing (${size} bytes)`, {
        file: path,
        hint: 'The file was cut short (copy interrupted or writer still running). Re-copy it, or exclude it from the stage glob.',
      });
    }
  } finally {
    await handle.close();
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
