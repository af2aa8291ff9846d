/**
 * How a model feature comes from a logged column, when the pipeline derived it on the fly
 * instead of logging it: the ONNX graph recomputes it so the model reads the logs as they are.
 */
export type FeatureTerm =
  | { kind: 'column'; column: string }
  | { kind: 'square'; column: string }
  /** 1 where the column is >= value, else 0 (also for a missing value). */
  | { kind: 'atLeast'; column: string; value: number };

/** The logged columns the terms read, in order of first use. */
export function termColumns(terms: readonly FeatureTerm[]): string[] {
  return [...new Set(terms.map((t) => t.column))];
}
