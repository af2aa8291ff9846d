import { tableFromArrays, tableToIPC, float64, utf8, bool, timestamp, TimeUnit } from '@uwdata/flechette';
import { loadParquetWasm } from '../../core/io/formats/parquetWasm';

export const sampleColumns = {
  id: ['a', 'b', 'c', null],
  score: [0.25, null, 0.75, 1],
  ok: [true, false, null, true],
  ts: [Date.UTC(2024, 0, 1), Date.UTC(2024, 0, 2, 12), null, Date.UTC(2024, 0, 3)],
};

const types = { id: utf8(), score: float64(), ok: bool(), ts: timestamp(TimeUnit.MILLISECOND) };

export function sampleArrowIpc(format: 'file' | 'stream' = 'file'): Uint8Array {
  return tableToIPC(tableFromArrays(sampleColumns, { types }), { format })!;
}

export function sampleParquet(): Uint8Array {
  const wasm = loadParquetWasm();
  return wasm.writeParquet(wasm.Table.fromIPCStream(sampleArrowIpc('stream')));
}
