import type { CategoryColumn } from '../io/logTable';
import type { ValueCount } from './engine';

/** Value counts of a dictionary-encoded column, most frequent first, missing as null. */
export function categoryCounts(column: CategoryColumn): ValueCount[] {
  const counts = new Float64Array(column.dictionary.length);
  let missing = 0;
  for (let i = 0; i < column.codes.length; i++) {
    const code = column.codes[i];
    if (code < 0) missing++;
    else counts[code]++;
  }
  const out: ValueCount[] = [];
  column.dictionary.forEach((value, code) => {
    if (counts[code] > 0) out.push({ value, count: counts[code] });
  });
  if (missing > 0) out.push({ value: null, count: missing });
  return out.sort(byCountThenValue);
}

/**
 * Most frequent first, equal counts by value (missing last): an order every engine gives, where
 * first appearance would depend on the order rows were read in.
 */
export function byCountThenValue(a: ValueCount, b: ValueCount): number {
  if (a.count !== b.count) return b.count - a.count;
  if (a.value === b.value) return 0;
  if (a.value === null) return 1;
  if (b.value === null) return -1;
  return a.value < b.value ? -1 : 1;
}

/** The non-missing values of a numeric column, copied. */
export function withoutNaN(values: Float64Array): Float64Array {
  let valid = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) valid++;
  const out = new Float64Array(valid);
  for (let i = 0, j = 0; i < values.length; i++) if (!Number.isNaN(values[i])) out[j++] = values[i];
  return out;
}
