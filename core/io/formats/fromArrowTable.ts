import { Type, type Table, type Column as ArrowColumn, type DataType } from '@uwdata/flechette';
import type { Column } from '../logTable';
import type { ColumnType, Diagnostic } from '../../protocol';
import { dictionaryEncode } from '../dictionaryEncode';

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
  if (kind === 'category') {
    const { codes, dictionary } = dictionaryEncode(source.toArray() as ArrayLike<unknown>, source.length);
    return { type: 'category', name, codes, dictionary };
  }
  return { type: kind, name, values: toFloat64(source) };
}

function toFloat64(source: ArrowColumn<unknown>): Float64Array {
  const values = source.toArray() as ArrayLike<unknown>;
  const out = new Float64Array(source.length);
  for (let i = 0; i < out.length; i++) out[i] = toNumber(values[i]);
  return out;
}

function toNumber(value: unknown): number {
  if (value === null || value === undefined) return NaN;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date) return value.getTime();
  return NaN;
}
