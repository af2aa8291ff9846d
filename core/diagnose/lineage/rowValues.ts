import type { LogTable } from '../../io/logTable';
import type { LineageValue } from '../../protocol';
import { cellValue } from '../../io/logTable';

/** Every cell of one row, by column name in the table's column order. */
export function rowValues(table: LogTable, row: number): Record<string, LineageValue> {
  const values: Record<string, LineageValue> = {};
  for (const column of table.columns) values[column.name] = cellValue(column, row);
  return values;
}
