import type { Column } from '../../io/logTable';

/**
 * The record keys of some rows, numbered once each, so several stages can be joined to those
 * rows by key with one map: each stage is scanned by its distinct keys (dictionary codes),
 * not by rows, and no key text is made for category columns.
 */
export class KeyIndex {
  private readonly ids = new Map<string, number>();
  /** Per indexed row, the number of its key, -1 where the key is missing. */
  private readonly idOfRow: Int32Array;

  constructor(keys: Column, rows: Int32Array) {
    this.idOfRow = new Int32Array(rows.length);
    const id = (key: string) => this.ids.get(key) ?? this.ids.set(key, this.ids.size).size - 1;
    if (keys.type === 'category') {
      const idOfCode = new Int32Array(keys.dictionary.length).fill(-1);
      for (let i = 0; i < rows.length; i++) {
        const c = keys.codes[rows[i]];
        if (c >= 0 && idOfCode[c] < 0) idOfCode[c] = id(keys.dictionary[c]);
        this.idOfRow[i] = c < 0 ? -1 : idOfCode[c];
      }
    } else {
      rows.forEach((r, i) => (this.idOfRow[i] = Number.isNaN(keys.values[r]) ? -1 : id(String(keys.values[r]))));
    }
  }

  /** Per indexed row, the first row of `source` with the same key, or -1: a keyed left join. */
  rowsIn(source: Column): Int32Array {
    const first = new Int32Array(this.ids.size).fill(-1);
    if (source.type === 'category') {
      const firstOfCode = new Int32Array(source.dictionary.length).fill(-1);
      for (let r = source.codes.length - 1; r >= 0; r--) if (source.codes[r] >= 0) firstOfCode[source.codes[r]] = r;
      firstOfCode.forEach((r, c) => {
        const id = r < 0 ? undefined : this.ids.get(source.dictionary[c]);
        if (id !== undefined) first[id] = r;
      });
    } else {
      for (let r = source.values.length - 1; r >= 0; r--) {
        const id = Number.isNaN(source.values[r]) ? undefined : this.ids.get(String(source.values[r]));
        if (id !== undefined) first[id] = r;
      }
    }
    const joined = new Int32Array(this.idOfRow.length);
    for (let i = 0; i < joined.length; i++) joined[i] = this.idOfRow[i] < 0 ? -1 : first[this.idOfRow[i]];
    return joined;
  }
}

/** The column's values at `rows`; -1 gives a missing value (NaN, or code -1). Dictionaries are shared. */
export function takeRowsOrMissing(column: Column, rows: Int32Array): Column {
  // Plain loops: typed-array `from` with a callback is several times slower on large stages.
  if (column.type === 'category') {
    const codes = new Int32Array(rows.length);
    for (let i = 0; i < rows.length; i++) codes[i] = rows[i] < 0 ? -1 : column.codes[rows[i]];
    return { ...column, codes };
  }
  const values = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) values[i] = rows[i] < 0 ? NaN : column.values[rows[i]];
  return { ...column, values };
}
