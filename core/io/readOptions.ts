import type { ColumnType } from '../protocol';

export interface ReadProgress {
  file: string;
  bytesRead: number;
  totalBytes: number;
}

export interface ReadOptions {
  /** Types the manifest decides; other columns are inferred from the data. */
  types?: Record<string, ColumnType>;
  /** Columns to parse as time (ISO strings, or epoch seconds / milliseconds). */
  timeColumns?: string[];
  /** Reading stops with an AbortError when this fires. */
  signal?: AbortSignal;
  onProgress?: (progress: ReadProgress) => void;
}
