import { bool, float64, int32, tableFromArrays, tableToIPC, timestamp, TimeUnit, utf8 } from '@uwdata/flechette';
import type { DataType } from '@uwdata/flechette';
import type { DemoColumn, DemoTable } from './table';

type ParquetWasmModule = typeof import('parquet-wasm/node');

let cached: ParquetWasmModule | undefined;

/** parquet-wasm stays external (it loads its .wasm next to its JS), loaded on first use. */
function parquetWasm(): ParquetWasmModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  cached ??= require('parquet-wasm/node') as ParquetWasmModule;
  return cached;
}

/**
 * Encodes a table as Parquet (zstd): columns -> Arrow (flechette) -> IPC stream -> parquet-wasm.
 * Times are timestamp[ms] without a time zone, as the source gives local wall-clock times.
 */
export function encodeParquet(table: DemoTable): Uint8Array {
  const data: Record<string, unknown[] | Float64Array> = {};
  const types: Record<string, DataType> = {};
  for (const column of table.columns) {
    data[column.name] = arrowValues(column);
    types[column.name] = arrowType(column);
  }
  const ipc = tableToIPC(tableFromArrays(data, { types }), { format: 'stream' });
  if (!ipc) throw new Error('flechette returned no IPC bytes');
  const pw = parquetWasm();
  const properties = new pw.WriterPropertiesBuilder().setCompression(pw.Compression.ZSTD).build();
  return pw.writeParquet(pw.Table.fromIPCStream(ipc), properties);
}

function arrowType(column: DemoColumn): DataType {
  switch (column.type) {
    case 'string':
      return utf8();
    case 'time':
      return timestamp(TimeUnit.MILLISECOND);
    case 'float':
      return float64();
    case 'int':
      return int32();
    case 'bool':
      return bool();
  }
}

/** flechette takes typed arrays as they are (no nulls), so columns with NaN become arrays with null. */
function arrowValues(column: DemoColumn): unknown[] | Float64Array {
  if (column.type === 'string') return column.values;
  const values = column.values;
  if (column.type === 'float' && !hasNaN(values)) return values;
  const out = new Array<number | boolean | null>(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    out[i] = Number.isNaN(v) ? null : column.type === 'bool' ? v === 1 : v;
  }
  return out;
}

function hasNaN(values: Float64Array): boolean {
  for (let i = 0; i < values.length; i++) if (Number.isNaN(values[i])) return true;
  return false;
}
