import type { ErrorSpec } from '../../../core/diagnose/slices';
import type { LogTable } from '../../../core/io/logTable';
import type { Pipeline } from '../../../core/io/pipeline';
import { guessRoles } from '../../../core/io/inferPipeline';

/** How a cell names the per-row error: a loss column, or a label and a prediction (either may be guessed). */
export interface ErrorChoice {
  error?: string;
  label?: string;
  prediction?: string;
}

/**
 * The error spec for a slice search: as given, else the label and prediction guessed from the
 * column names as for a lone log file (the class column first, else the score).
 */
export function sliceErrorSpec(table: LogTable, choice: ErrorChoice, source: string): ErrorSpec {
  if (choice.error !== undefined) {
    if (choice.label !== undefined || choice.prediction !== undefined) throw new TypeError('give either error or label with prediction, not both');
    return { error: choice.error };
  }
  const guessed = guessRoles(blankPipeline(source), table.columns);
  const label = choice.label ?? guessed.labels?.column;
  const prediction = choice.prediction ?? guessed.predictions?.class ?? guessed.predictions?.score;
  if (label === undefined || prediction === undefined) {
    throw new TypeError(`no error to slice by in ${source}: pass { error: column } or { label, prediction } (columns: ${table.columns.map((c) => c.name).join(', ')})`);
  }
  return { label, prediction };
}

function blankPipeline(source: string): Pipeline {
  return { name: 'data', source, dir: '.', inferred: true, guesses: [], stages: [{ name: 'data', patterns: [], files: [], columnTypes: {} }], engine: 'arquero' };
}
