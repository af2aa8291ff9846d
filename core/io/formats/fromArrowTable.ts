import { Type, type Table, type Column as ArrowColumn, type DataType } from '@uwdata/flechette';
import type { Column } from '../logTable';
import type { ColumnType, Diagnostic } from '../../protocol';
import { ByteDictionary } from '../byteDictionary';
import { epochToMs, guessEpochUnit, parseIsoTime } from '../parseTime';

/**
 * Converts a decoded Arrow table (flechette) into Sightline's typed columns. Parquet goes
 * through here too, since parquet-wasm decodes to Arrow IPC.
 */
export function columnsFromArrow(
  table: Table,
  file: string,
  overrides: Record<string, ColumnType> = {},
): { columns: Column[]; diagnostics: Diagnostic[] } {
  const columns: Column[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const field of table.schema.fields) {
    const source = table.getChild(field.name);
    const kind = overrides[field.name] ?? arrowColumnType(field.type);
    if (!kind) {
      diagnostics.push({
        severity: 'warning',
        code: 'arrow.unsupported-type',
        message: `column "${field.name}" has an Arrow type Sightline does not analyse (type id ${field.type.typeId}); it was left out`,
        file,
        column: field.name,
        hint: 'Flatten nested or binary columns upstream if you need them analysed.',
      });
      continue;
    }
    columns.push(convertColumn(field.name, kind, source));
  }
  return { columns, diagnostics };
}

function arrowColumnType(type: DataType): ColumnType | undefined {
  switch (type.typeId) {
    case Type.Int:
    case Type.Float:
    case Type.Decimal:
      return 'number';
    case Type.Bool:
      return 'boolean';
    case Type.Date:
    case Type.Timestamp:
      return 'time';
    case Type.Utf8:
    case Type.LargeUtf8:
    case Type.Utf8View:
    case Type.Dictionary:
      return 'category';
    default:
      return undefined;
  }
}

function convertColumn(name: string, kind: ColumnType, source: ArrowColumn<unknown>): Column {
  if (kind === 'category') return { type: 'category', name, ...encodeStrings(source) };
  const values = toFloat64(source, kind === 'time');
  // A time column the manifest declared but Arrow stores as plain numbers holds epoch s or ms.
  if (kind === 'time' && isNumericType(source.type)) {
    const unit = guessEpochUnit(values.filter((v) => !Number.isNaN(v)));
    if (unit === 's') for (let i = 0; i < values.length; i++) values[i] = epochToMs(values[i], unit);
  }
  return { type: kind, name, values };
}

/** The parts of a flechette batch read here (its class hierarchy is not exported as types). */
interface RawBatch {
  length: number;
  nullCount: number;
  values: unknown;
  offsets?: ArrayLike<number | bigint>;
  isValid(index: number): boolean;
  at(index: number): unknown;
  /** Dictionary batches: the dictionary's values, indexed by `values`. */
  cache?: ArrayLike<unknown>;
}

/**
 * Dictionary-encodes string batches straight from their UTF-8 bytes: a repeated value costs a
 * hash and a compare instead of decoding a JS string per cell, which dominated Arrow loads.
 */
function encodeStrings(source: ArrowColumn<unknown>): { codes: Int32Array; dictionary: string[] } {
  const dictionary = new ByteDictionary();
  const codes = new Int32Array(source.length);
  let row = 0;
  for (const batch of source.data as unknown as RawBatch[]) {
    const { values, offsets, cache } = batch;
    if (cache && ArrayBuffer.isView(values)) {
      // Encode the (small) Arrow dictionary once, then translate keys.
      const keys = values as unknown as ArrayLike<number>;
      const remap = Int32Array.from({ length: cache.length }, (_, k) => encodeValue(dictionary, cache[k]));
      const checkNulls = batch.nullCount > 0;
      for (let i = 0; i < batch.length; i++, row++) codes[row] = checkNulls && !batch.isValid(i) ? -1 : remap[keys[i]];
    } else if (values instanceof Uint8Array && offsets) {
      const bytes = Buffer.from(values.buffer, values.byteOffset, values.byteLength);
      const checkNulls = batch.nullCount > 0;
      for (let i = 0; i < batch.length; i++, row++) {
        const start = Number(offsets[i]);
        const end = Number(offsets[i + 1]);
        codes[row] = (checkNulls && !batch.isValid(i)) || end === start ? -1 : dictionary.codeOf(bytes, start, end);
      }
    } else {
      for (let i = 0; i < batch.length; i++, row++) codes[row] = encodeValue(dictionary, batch.at(i));
    }
  }
  return { codes, dictionary: dictionary.values };
}

function encodeValue(dictionary: ByteDictionary, value: unknown): number {
  if (value === null || value === undefined || value === '') return -1;
  const bytes = Buffer.from(typeof value === 'string' ? value : String(value));
  return dictionary.codeOf(bytes, 0, bytes.length);
}

/** Numeric batches are copied from their value arrays; other kinds go through flechette's values. */
function toFloat64(source: ArrowColumn<unknown>, textIsTime: boolean): Float64Array {
  const out = new Float64Array(source.length);
  let row = 0;
  for (const batch of source.data as unknown as RawBatch[]) {
    const { values } = batch;
    const numbers = plainNumbers(values);
    if (numbers && isNumericType(source.type) && numbers.length === batch.length) {
      out.set(numbers, row);
      if (batch.nullCount > 0) for (let i = 0; i < batch.length; i++) if (!batch.isValid(i)) out[row + i] = NaN;
    } else {
      for (let i = 0; i < batch.length; i++) out[row + i] = toNumber(batch.at(i), textIsTime);
    }
    row += batch.length;
  }
  return out;
}

function plainNumbers(values: unknown): ArrayLike<number> | undefined {
  if (!ArrayBuffer.isView(values) || values instanceof DataView) return undefined;
  if (values instanceof BigInt64Array || values instanceof BigUint64Array) return undefined;
  return values as unknown as ArrayLike<number>;
}

function isNumericType(type: DataType): boolean {
  return type.typeId === Type.Int || type.typeId === Type.Float;
}

function toNumber(value: unknown, textIsTime: boolean): number {
  if (value === null || value === undefined) return NaN;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'string') return textIsTime ? parseIsoTime(value) : value.trim() === '' ? NaN : Number(value);
  return NaN;
}
