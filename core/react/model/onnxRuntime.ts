import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export type OnnxRuntime = typeof import('onnxruntime-web');

/** The WebAssembly build of ONNX Runtime (CPU, SIMD); its .mjs loader sits next to it. */
const ORT_WASM = 'ort-wasm-simd-threaded.wasm';

let cached: OnnxRuntime | undefined;

/**
 * onnxruntime-web, loaded on first use and configured for Node: single-threaded (no worker
 * threads to manage or cancel) and, in the shipped bundles, reading its .wasm from the copy
 * scripts/build.mjs places next to them, so the .vsix needs no node_modules. Test bundles leave
 * the package external and it finds its files in node_modules by itself.
 */
export function loadOnnxRuntime(): OnnxRuntime {
  if (cached) return cached;
  // require, not import: esbuild would pick the package's ESM Node build, which needs import.meta.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ort = require('onnxruntime-web') as OnnxRuntime;
  ort.env.wasm.numThreads = 1;
  if (existsSync(join(__dirname, ORT_WASM))) ort.env.wasm.wasmPaths = `${pathToFileURL(__dirname).href}/`;
  cached = ort;
  return ort;
}
