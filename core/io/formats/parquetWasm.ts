/** The parts of parquet-wasm's Node build that Sightline uses. */
export interface ParquetWasm {
  readParquet(bytes: Uint8Array): { intoIPCStream(): Uint8Array };
  writeParquet(table: unknown, properties?: unknown): Uint8Array;
  Table: { fromIPCStream(ipc: Uint8Array): unknown };
}

let cached: ParquetWasm | undefined;

/**
 * parquet-wasm stays an external module (it loads its .wasm next to its own JS file), and is
 * loaded on first use so commands that never touch Parquet do not pay for instantiating it.
 */
export function loadParquetWasm(): ParquetWasm {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  cached ??= require('parquet-wasm/node') as ParquetWasm;
  return cached;
}
