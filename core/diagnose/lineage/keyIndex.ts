import type { Column } from '../../io/logTable';

/** A row's record key as text (numbers as JavaScript prints them), null when the cell is empty. */
export function keyText(column: Column, row: number): string | null {
  if (column.type === 'category') {
    const code = column.codes[row];
    return code < 0 ? null : column.dictionary[code];
  }
  const value = column.values[row];
  return Number.isNaN(value) ? null : String(value);
}

/** Rows of each key, ascending. Built once per stage so a lookup costs one Map access. */
export function buildKeyIndex(column: Column): Map<string, number[]> {
  return column.type === 'category' ? indexCodes(column.codes, column.dictionary) : indexNumbers(column.values);
}

// Grouping by code first keeps the hot loop on the typed array; strings are touched once per distinct key.
function indexCodes(codes: Int32Array, dictionary: string[]): Map<string, number[]> {
  const byCode: number[][] = dictionary.map(() => []);
  for (let row = 0; row < codes.length; row++) {
    const code = codes[row];
    if (code >= 0) byCode[code].push(row);
  }
  const index = new Map<string, number[]>();
  byCode.forEach((rows, code) => {
    if (!rows.length) return;
    const key = dictionary[code];
    const seen = index.get(key);
    // A dictionary may repeat a value after concatenating files; merge and keep row order.
    index.set(key, seen ? [...seen, ...rows].sort((a, b) => a - b) : rows);
  });
  return index;
}

function indexNumbers(values: Float64Array): Map<string, number[]> {
  const index = new Map<string, number[]>();
  for (let row = 0; row < values.length; row++) {
    const value = values[row];
    if (Number.isNaN(value)) continue;
    const key = String(value);
    const rows = index.get(key);
    if (rows) rows.push(row);
    else index.set(key, [row]);
  }
  return index;
}
