import type { LogTable } from '../logTable';
import type { ReadOptions } from '../readOptions';
import { CsvParser } from './csvParser';
import { DEFAULT_CHUNKS, readChunks } from '../text/readChunks';
import type { ChunkTuning } from '../text/readChunks';

export interface CsvTuning extends ChunkTuning {
  /** Rows kept as text to infer column types from. */
  sampleRows: number;
}

export const DEFAULT_CSV_TUNING: CsvTuning = { ...DEFAULT_CHUNKS, sampleRows: 5000 };

/**
 * Reads a comma-separated file with a header row into typed columns. Rows that cannot be read
 * are skipped and reported in the table's LoadReport; a file with nothing usable throws a
 * SightlineInputError. `tuning` is for tests and benchmarks.
 */
export async function readCsv(
  path: string,
  options: ReadOptions = {},
  tuning: CsvTuning = DEFAULT_CSV_TUNING,
): Promise<LogTable> {
  const parser = new CsvParser(path, options, tuning.sampleRows);
  const result = await readChunks(path, options, tuning, parser);
  return parser.finish(result);
}
