import type { Column, LogTable } from '../io/logTable';

/** The rows at `rows` (ascending indices) of every column, dictionaries shared. */
export function takeRows(columns: readonly Column[], rows: Int32Array): Column[] {
  return columns.map((column) => {
    if (column.type === 'category') return { ...column, codes: Int32Array.from(rows, (r) => column.codes[r]) };
    return { ...column, values: Float64Array.from(rows, (r) => column.values[r]) };
  });
}

/** Indices of the rows whose time is in [start, end); NaN times are in no range. */
export function rowsInRange(times: Float64Array, start = -Infinity, end = Infinity): Int32Array {
  let kept = 0;
  for (let i = 0; i < times.length; i++) if (times[i] >= start && times[i] < end) kept++;
  const rows = new Int32Array(kept);
  for (let i = 0, j = 0; i < times.length; i++) if (times[i] >= start && times[i] < end) rows[j++] = i;
  return rows;
}

export function sliceTable(table: LogTable, rows: Int32Array): LogTable {
  return { rowCount: rows.length, columns: takeRows(table.columns, rows), reports: table.reports };
}
