import type { LogTable } from '../../io/logTable';
import { SightlineInputError } from '../../io/errors';
import { findColumn } from '../../io/logTable';

/**
 * The table's columns a model reads, in the model's input order. Booleans count as 0/1; a
 * missing column or a text or time column is an error naming the column and the model.
 */
export function modelInputColumns(table: LogTable, inputs: readonly string[], modelFile: string): Float64Array[] {
  const missing = inputs.filter((name) => !findColumn(table, name));
  if (missing.length) {
    throw new SightlineInputError('model.unknown-column', `the model ${modelFile} reads ${plural(missing)} ${missing.map((c) => `"${c}"`).join(', ')}, not in the table`, {
      file: modelFile,
      column: missing[0],
      hint: `The model reads ${inputs.join(', ')}; the table has ${table.columns.map((c) => c.name).join(', ')}. Score the stage that logs the model's inputs (usually the features stage).`,
    });
  }
  return inputs.map((name) => {
    const column = findColumn(table, name);
    if (column?.type === 'number' || column?.type === 'boolean') return column.values;
    throw new SightlineInputError('model.input-not-numeric', `the model ${modelFile} reads column "${name}", which holds ${column?.type} values, not numbers`, {
      file: modelFile,
      column: name,
      hint: 'A model input must be a numeric or true/false column; encode text columns the way the model was trained on them before scoring.',
    });
  });
}

function plural(names: string[]): string {
  return names.length === 1 ? 'column' : 'columns';
}
