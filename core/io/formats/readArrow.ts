import { readFile } from 'node:fs/promises';
import { tableFromIPC } from '@uwdata/flechette';
import type { LogTable } from '../logTable';
import type { ReadOptions } from '../readOptions';
import { SightlineInputError } from '../errors';
import { columnsFromArrow } from './fromArrowTable';

/** Reads an Arrow IPC file or stream (`.arrow`, `.feather` v2, `.ipc`). */
export async function readArrow(path: string, options: ReadOptions = {}): Promise<LogTable> {
  const bytes = await readFile(path, { signal: options.signal });
  options.onProgress?.({ file: path, bytesRead: bytes.length, totalBytes: bytes.length });
  let table;
  try {
    table = tableFromIPC(bytes);
  } catch (error) {
    throw new SightlineInputError(
      'arrow.invalid',
      `${path} could not be read as Arrow IPC: ${error instanceof Error ? error.message : String(error)}`,
      { file: path, hint: 'The file may be truncated, compressed with a codec Sightline lacks, or not Arrow at all.' },
    );
  }
  const { columns, diagnostics } = columnsFromArrow(table, path, options.types);
  return {
    rowCount: table.numRows,
    columns,
    reports: [{ file: path, format: 'arrow', bytes: bytes.length, rows: table.numRows, skippedRows: 0, diagnostics }],
  };
}
