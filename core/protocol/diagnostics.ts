/** A problem found while reading input, located as precisely as the format allows. */
export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  severity: Severity;
  /** Stable machine-readable code, e.g. `csv.ragged-row`. */
  code: string;
  message: string;
  file?: string;
  /** 1-based line in a text file. */
  line?: number;
  column?: string;
  /** What the user can do about it. */
  hint?: string;
  /** How many occurrences this diagnostic stands for (first one is located). */
  count?: number;
}
