import type { Column } from '../io/logTable';
import type { ColumnProfile } from './engine';

/** Nulls, distinct values, min and max of one column in a single pass. */
export function profileColumn(column: Column): ColumnProfile {
  if (column.type === 'category') {
    const seen = new Uint8Array(column.dictionary.length);
    let nullCount = 0;
    let distinct = 0;
    for (let i = 0; i < column.codes.length; i++) {
      const code = column.codes[i];
      if (code < 0) nullCount++;
      else if (!seen[code]) {
        seen[code] = 1;
        distinct++;
      }
    }
    return { name: column.name, type: column.type, count: column.codes.length, nullCount, distinct };
  }
  let nullCount = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < column.values.length; i++) {
    const v = column.values[i];
    if (Number.isNaN(v)) nullCount++;
    else {
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  const hasValues = nullCount < column.values.length;
  return {
    name: column.name,
    type: column.type,
    count: column.values.length,
    nullCount,
    min: hasValues ? min : undefined,
    max: hasValues ? max : undefined,
  };
}
