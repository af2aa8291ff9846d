import type { Column } from '../io/logTable';
import type { ColumnType } from '../protocol';

/** What became of one upstream cell in the downstream row. */
export type CellFate = 'same' | 'nulled' | 'changed' | 'both-missing' | 'filled';

/** Relative tolerance for numbers: the same value written as text and read back as a float may differ in its last bits. */
export const RELATIVE_TOLERANCE = 1e-9;

/**
 * Compares one same-named column of two stages cell by cell. Undefined when the types cannot be
 * compared (a category upstream and a number downstream, say): the caller notes it.
 */
/** Whether cells of these two column types can be compared: text with text, numbers with numbers, times with times. */
export function comparableTypes(upstream: ColumnType, downstream: ColumnType): boolean {
  if (upstream === 'category' || downstream === 'category') return upstream === downstream;
  return (upstream === 'time') === (downstream === 'time');
}

export function cellComparer(upstream: Column, downstream: Column): ((up: number, down: number) => CellFate) | undefined {
  if (!comparableTypes(upstream.type, downstream.type)) return undefined;
  if (upstream.type === 'category' && downstream.type === 'category') {
    // Two dictionaries: translate upstream codes to downstream codes once, then compare integers.
    const downCode = new Map<string, number>();
    downstream.dictionary.forEach((value, code) => downCode.set(value, code));
    const translated = Int32Array.from(upstream.dictionary, (value) => downCode.get(value) ?? -2);
    return (up, down) => fate(upstream.codes[up] < 0, downstream.codes[down] < 0, () => translated[upstream.codes[up]] === downstream.codes[down]);
  }
  if (upstream.type === 'category' || downstream.type === 'category') return undefined;
  const a = upstream.values;
  const b = downstream.values;
  return (up, down) => fate(Number.isNaN(a[up]), Number.isNaN(b[down]), () => sameNumber(a[up], b[down]));
}

function fate(upMissing: boolean, downMissing: boolean, equal: () => boolean): CellFate {
  if (upMissing) return downMissing ? 'both-missing' : 'filled';
  if (downMissing) return 'nulled';
  return equal() ? 'same' : 'changed';
}

export function sameNumber(x: number, y: number): boolean {
  return x === y || Math.abs(x - y) <= RELATIVE_TOLERANCE * Math.max(Math.abs(x), Math.abs(y));
}
