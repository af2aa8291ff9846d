import { writeFileSync } from 'node:fs';
import { bool, dictionary, float64, tableFromArrays, tableToIPC, timestamp, TimeUnit, utf8 } from '@uwdata/flechette';
import type { DataType } from '@uwdata/flechette';
import type { SyntheticLog } from './syntheticLog';

interface ParquetWasm {
  Table: { fromIPCStream(ipc: Uint8Array): unknown };
  writeParquet(table: unknown): Uint8Array;
}

/** Arrow IPC stream bytes of the log: categories dictionary-encoded, times as ms timestamps. */
export function arrowIpc(log: SyntheticLog): Uint8Array {
  const data: Record<string, unknown[] | Float64Array> = {
    request_id: log.ids,
    event_time: Array.from(log.eventTime, (ms) => new Date(ms)),
    received_at: Array.from(log.receivedAt, (ms) => new Date(ms)),
  };
  const types: Record<string, DataType> = {
    request_id: utf8(),
    event_time: timestamp(TimeUnit.MILLISECOND),
    received_at: timestamp(TimeUnit.MILLISECOND),
    is_fraud: bool(),
  };
  for (const n of log.numbers) {
    data[n.name] = Array.from(n.values, (v) => (Number.isNaN(v) ? null : v));
    types[n.name] = float64();
  }
  for (const c of log.categories) {
    data[c.name] = Array.from(c.codes, (code) => c.levels[code]);
    types[c.name] = dictionary(utf8());
  }
  data.is_fraud = Array.from(log.flags, (f) => f === 1);
  const table = tableFromArrays(data as Record<string, unknown[]>, { types });
  const ipc = tableToIPC(table, { format: 'stream' });
  if (!ipc) throw new Error('flechette returned no IPC bytes');
  return ipc;
}

export function writeArrow(ipc: Uint8Array, path: string): void {
  writeFileSync(path, ipc);
}

export function writeParquet(ipc: Uint8Array, path: string): void {
  // parquet-wasm stays outside the bundle: it loads its .wasm from next to its own JS file.
  const wasm = require('parquet-wasm/node') as ParquetWasm;
  writeFileSync(path, wasm.writeParquet(wasm.Table.fromIPCStream(ipc)));
}
