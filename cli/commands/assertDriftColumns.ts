import type { DriftInput } from '../../core/detect/drift';
import { SightlineInputError } from '../../core/io/errors';

/** Every --columns name must exist on both sides; the error names the side and lists its columns. */
export async function assertDriftColumns(columns: string[], reference: DriftInput, current: DriftInput): Promise<void> {
  const sides = [
    { label: reference.source ?? 'the reference', names: await columnNames(reference) },
    { label: current.source ?? 'the current data', names: await columnNames(current) },
  ];
  for (const column of columns) {
    const side = sides.find((s) => !s.names.includes(column));
    if (side) {
      throw new SightlineInputError('drift.unknown-column', `${side.label} has no column "${column}"`, {
        file: 'table' in reference ? side.label : undefined,
        column,
        hint: `Columns there: ${side.names.join(', ')}.`,
      });
    }
  }
}

async function columnNames(input: DriftInput): Promise<string[]> {
  if ('table' in input) return input.table.columns.map((c) => c.name);
  return (await input.engine.profile(input.stage)).map((p) => p.name);
}
