import type { LogTable } from '../logTable';
import type { ReadOptions } from '../readOptions';
import { DEFAULT_CHUNKS, readChunks } from '../text/readChunks';
import type { ChunkTuning } from '../text/readChunks';
import { JsonLinesParser } from './jsonLinesParser';

export interface JsonLinesTuning extends ChunkTuning {
  /** Records kept to infer column types from. */
  sampleRows: number;
}

export const DEFAULT_JSONL_TUNING: JsonLinesTuning = { ...DEFAULT_CHUNKS, sampleRows: 5000 };

/**
 * Reads a JSON-lines file (one object per line) into typed columns. Lines that cannot be read
 * are skipped and reported in the LoadReport; a file with nothing usable throws a
 * SightlineInputError. `tuning` is for tests and benchmarks.
 */
export async function readJsonLines(
  path: string,
  options: ReadOptions = {},
  tuning: JsonLinesTuning = DEFAULT_JSONL_TUNING,
): Promise<LogTable> {
  const parser = new JsonLinesParser(path, options, tuning.sampleRows);
  const result = await readChunks(path, options, tuning, parser);
  return parser.finish(result);
}
