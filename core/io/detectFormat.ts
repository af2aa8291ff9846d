import { extname } from 'node:path';
import type { LogFormat } from '../protocol';

const EXTENSIONS: Record<string, LogFormat> = {
  '.csv': 'csv',
  '.tsv': 'csv',
  '.txt': 'csv',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.json': 'jsonl',
  '.parquet': 'parquet',
  '.pq': 'parquet',
  '.arrow': 'arrow',
  '.feather': 'arrow',
  '.ipc': 'arrow',
};

export const SUPPORTED_EXTENSIONS = Object.keys(EXTENSIONS);

/** The log format a file name implies, ignoring a `.gz`-like suffix is not attempted. */
export function detectFormat(path: string): LogFormat | undefined {
  return EXTENSIONS[extname(path).toLowerCase()];
}
