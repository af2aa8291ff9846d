import { stat } from 'node:fs/promises';
import type { LogFormat } from '../protocol';
import type { LogTable } from './logTable';
import type { ReadOptions } from './readOptions';
import { SightlineInputError } from './errors';
import { detectFormat, SUPPORTED_EXTENSIONS } from './detectFormat';
import { readCsv } from './csv/readCsv';
import { readJsonLines } from './jsonl/readJsonLines';
import { readParquet } from './formats/readParquet';
import { readArrow } from './formats/readArrow';

const READERS: Record<LogFormat, (path: string, options?: ReadOptions) => Promise<LogTable>> = {
  csv: readCsv,
  jsonl: readJsonLines,
  parquet: readParquet,
  arrow: readArrow,
};

/** Reads one log file in any supported format into typed columns. */
export async function readLogFile(path: string, options: ReadOptions & { format?: LogFormat } = {}): Promise<LogTable> {
  const format = options.format ?? detectFormat(path);
  if (!format) {
    throw new SightlineInputError('io.unknown-format', `${path}: Sightline cannot tell the format of this file from its extension`, {
      file: path,
      hint: `Use one of ${SUPPORTED_EXTENSIONS.join(', ')}, or set "format" on the stage in sightline.json.`,
    });
  }
  await assertReadableFile(path);
  return READERS[format](path, options);
}

async function assertReadableFile(path: string): Promise<void> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new SightlineInputError('io.not-found', `${path} does not exist`, {
      file: path,
      hint: 'Check the path (relative paths are resolved from the current folder, or from sightline.json for stage files).',
    });
  }
  if (!info.isFile()) {
    throw new SightlineInputError('io.not-a-file', `${path} is a folder, not a log file`, {
      file: path,
      hint: 'Point Sightline at a file, or at a sightline.json that lists the folder\'s files with a glob.',
    });
  }
}
