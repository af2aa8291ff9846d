// One build for every surface: node bundles (CLI, extension, benchmarks, tests) as CommonJS,
// browser bundles (webviews, report) as ES modules.
// Usage: node scripts/build.mjs [--tests] [--tests-only] [--filter=SUBSTRING] [--tests-out=DIR]
import * as esbuild from 'esbuild';
import { copyFileSync, readdirSync, readFileSync, statSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const argv = process.argv.slice(2);
const flag = (name) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const testsOnly = argv.includes('--tests-only');
const withTests = testsOnly || argv.includes('--tests');
const testFilter = flag('filter') ?? '';
const testsOut = flag('tests-out') ?? '.test-build';

// The shipped bundles (CLI, extension, workers) carry parquet-wasm and onnxruntime-web inside and
// their .wasm files are copied next to them, so the .vsix needs no node_modules. Test bundles live
// elsewhere and load them from node_modules instead; playwright-core always does (it spawns browsers).
// DuckDB is a native module (a .node binding per platform): it is required at run time from
// node_modules, never bundled.
const shippedExternal = ['vscode', 'playwright-core', '@duckdb/node-api'];
const testExternal = [...shippedExternal, 'parquet-wasm', 'onnxruntime-web', 'mocha'];
// ONNX Runtime's CPU build for WebAssembly (SIMD) and the Emscripten loader it imports at run time.
const ortFiles = ['ort-wasm-simd-threaded.wasm', 'ort-wasm-simd-threaded.mjs'];

const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const node = {
  define: { VERSION: JSON.stringify(version) },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'linked',
  external: shippedExternal,
  logLevel: 'warning',
  absWorkingDir: root,
};

const browser = {
  bundle: true,
  platform: 'browser',
  format: 'esm',
  target: 'es2022',
  minify: true,
  logLevel: 'warning',
  absWorkingDir: root,
};

function listTests(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listTests(path));
    else if (name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

const builds = testsOnly ? [] : [
  { ...node, entryPoints: { cli: 'cli/main.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' } },
  {
    ...node,
    entryPoints: {
      extension: 'extension/extension.ts',
      analysisWorker: 'extension/analysis/analysisWorker.ts',
      kernelWorker: 'extension/notebook/kernelWorker.ts',
    },
    outdir: 'dist',
  },
  { ...node, entryPoints: { bench: 'bench/main.ts' }, outdir: 'dist' },
  {
    ...browser,
    entryPoints: {
      report: 'webviews/report/main.ts',
      overview: 'webviews/panel/main.ts',
      dashboard: 'webviews/dashboard/main.ts',
      slices: 'webviews/slices/main.ts',
      whatif: 'webviews/whatif/main.ts',
      trace: 'webviews/trace/main.ts',
      renderer: 'webviews/renderer/main.ts',
      logEditor: 'webviews/logEditor/main.ts',
    },
    outdir: 'dist/webviews',
  },
];

if (withTests) {
  rmSync(join(root, testsOut), { recursive: true, force: true });
  const entries = Object.fromEntries(
    listTests(join(root, 'test'))
      .filter((p) => p.includes(testFilter))
      // test/vscode runs inside VS Code: scripts/vscode/run.mjs builds and runs it.
      .filter((p) => !relative(root, p).startsWith('test/vscode/'))
      .map((p) => [relative(join(root, 'test'), p).replace(/\.ts$/, ''), p]),
  );
  builds.push({ ...node, external: testExternal, entryPoints: entries, outdir: testsOut });
}

const start = Date.now();
await Promise.all(builds.map((b) => esbuild.build(b)));
if (!testsOnly) {
  copyFileSync(join(root, 'node_modules/parquet-wasm/node/parquet_wasm_bg.wasm'), join(root, 'dist/parquet_wasm_bg.wasm'));
  for (const file of ortFiles) copyFileSync(join(root, 'node_modules/onnxruntime-web/dist', file), join(root, 'dist', file));
  // The HTML report inlines plotly; the .vsix finds it here rather than in node_modules.
  copyFileSync(join(root, 'node_modules/plotly.js-dist-min/plotly.min.js'), join(root, 'dist/webviews/plotly.min.js'));
}
console.log(`built ${builds.length} bundles in ${Date.now() - start} ms`);
