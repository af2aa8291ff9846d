/**
 * A stage's output before it is written: named columns, all the same length. Missing values
 * are null in string columns and NaN in numeric ones (time, float, int, bool as 0/1).
 */
export type DemoColumn =
  | { name: string; type: 'string'; values: (string | null)[] }
  | { name: string; type: 'time' | 'float' | 'int' | 'bool'; values: Float64Array };

export interface DemoTable {
  rows: number;
  columns: DemoColumn[];
}

export function demoTable(columns: DemoColumn[]): DemoTable {
  const rows = columns.length ? columns[0].values.length : 0;
  for (const column of columns) {
    if (column.values.length !== rows) throw new Error(`column ${column.name} has ${column.values.length} rows, expected ${rows}`);
  }
  return { rows, columns };
}

/** The rows at `indices`, in that order. */
export function takeRows(table: DemoTable, indices: ArrayLike<number>): DemoTable {
  const columns = table.columns.map((column): DemoColumn => {
    if (column.type === 'string') return { ...column, values: Array.from(indices, (i) => column.values[i]) };
    const values = new Float64Array(indices.length);
    for (let i = 0; i < indices.length; i++) values[i] = column.values[indices[i]];
    return { ...column, values };
  });
  return { rows: indices.length, columns };
}

/** Row indices grouped by a key, groups in first-seen order, rows in table order. */
export function groupRows(rows: number, keyOf: (row: number) => string): Map<string, Int32Array> {
  const lists = new Map<string, number[]>();
  for (let i = 0; i < rows; i++) {
    const key = keyOf(i);
    let list = lists.get(key);
    if (!list) lists.set(key, (list = []));
    list.push(i);
  }
  return new Map([...lists].map(([key, list]) => [key, Int32Array.from(list)]));
}

export function columnNamed(table: DemoTable, name: string): DemoColumn {
  const column = table.columns.find((c) => c.name === name);
  if (!column) throw new Error(`no column ${name}`);
  return column;
}

export function timeValues(table: DemoTable, name: string): Float64Array {
  const column = columnNamed(table, name);
  if (column.type !== 'time') throw new Error(`column ${name} is not a time column`);
  return column.values;
}
