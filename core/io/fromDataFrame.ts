import type { Column, LogTable } from './logTable';
import { dictionaryEncode } from './dictionaryEncode';
import { SightlineInputError } from './errors';

/**
 * Anything shaped like a data frame: Danfo.js DataFrames (`columns` plus `column(name).values`),
 * or a plain object of column arrays. Sightline does not depend on danfojs-node (its install
 * downloads TensorFlow binaries); this structural adapter takes its frames all the same.
 */
export type DataFrameLike =
  | { columns: string[]; column(name: string): { values: ArrayLike<unknown> } }
  | Record<string, ArrayLike<unknown>>;

export function fromDataFrame(frame: DataFrameLike, source = 'data frame'): LogTable {
  const arrays = columnArrays(frame, source);
  const lengths = new Set(arrays.map(([, values]) => values.length));
  if (lengths.size > 1) {
    throw new SightlineInputError('frame.ragged', `${source}: columns have different lengths (${[...lengths].join(', ')})`, {
      hint: 'Every column of a data frame must have one value per row.',
    });
  }
  const rowCount = arrays.length ? arrays[0][1].length : 0;
  const columns = arrays.map(([name, values]) => columnFromValues(name, values));
  return { rowCount, columns, reports: [] };
}

function columnArrays(frame: DataFrameLike, source: string): [string, ArrayLike<unknown>][] {
  if (isDanfoLike(frame)) return frame.columns.map((name) => [name, frame.column(name).values]);
  const entries = Object.entries(frame);
  for (const [name, values] of entries) {
    if (!values || typeof values.length !== 'number') {
      throw new SightlineInputError('frame.not-a-column', `${source}: "${name}" is not an array of values`, {
        column: name,
        hint: 'Pass a Danfo DataFrame or an object whose properties are equal-length arrays.',
      });
    }
  }
  return entries;
}

function isDanfoLike(frame: DataFrameLike): frame is Extract<DataFrameLike, { columns: string[] }> {
  return Array.isArray((frame as { columns?: unknown }).columns) && typeof (frame as { column?: unknown }).column === 'function';
}

/** Types follow the values: numbers, booleans, Dates, and everything else as categories. */
function columnFromValues(name: string, values: ArrayLike<unknown>): Column {
  if (values instanceof Float64Array || values instanceof Float32Array || values instanceof Int32Array) {
    return { type: 'number', name, values: Float64Array.from(values) };
  }
  const kinds = new Set<string>();
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== null && v !== undefined && !(typeof v === 'number' && Number.isNaN(v))) kinds.add(v instanceof Date ? 'date' : typeof v);
  }
  const only = kinds.size === 1 ? [...kinds][0] : undefined;
  if (only === 'number' || only === 'bigint') return { type: 'number', name, values: Float64Array.from(values as ArrayLike<number>, toNumber) };
  if (only === 'boolean') return { type: 'boolean', name, values: Float64Array.from(values as ArrayLike<unknown>, toNumber) };
  if (only === 'date') return { type: 'time', name, values: Float64Array.from(values as ArrayLike<unknown>, toNumber) };
  return { type: 'category', name, ...dictionaryEncode(values) };
}

function toNumber(value: unknown): number {
  if (value === null || value === undefined) return NaN;
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'boolean') return value ? 1 : 0;
  return Number(value);
}
