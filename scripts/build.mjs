// One build for every surface: node bundles (CLI, extension, benchmarks, tests) as CommonJS,
// browser bundles (webviews, report) as ES modules.
// Usage: node scripts/build.mjs [--tests] [--tests-only] [--filter=SUBSTRING] [--tests-out=DIR]
import * as esbuild from 'esbuild';
import { readdirSync, readFileSync, statSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const argv = process.argv.slice(2);
const flag = (name) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const testsOnly = argv.includes('--tests-only');
const withTests = testsOnly || argv.includes('--tests');
const testFilter = flag('filter') ?? '';
const testsOut = flag('tests-out') ?? '.test-build';

// parquet-wasm loads its .wasm next to its own JS file and playwright-core spawns browsers:
// both must stay real node_modules, not bundled copies.
const nodeExternal = ['parquet-wasm', 'playwright-core', 'vscode'];

const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const node = {
  define: { VERSION: JSON.stringify(version) },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'linked',
  external: nodeExternal,
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
  { ...node, entryPoints: { extension: 'extension/extension.ts' }, outdir: 'dist' },
  { ...node, entryPoints: { bench: 'bench/main.ts' }, outdir: 'dist' },
  { ...browser, entryPoints: { report: 'webviews/report/main.ts' }, outdir: 'dist/webviews' },
];

if (withTests) {
  rmSync(join(root, testsOut), { recursive: true, force: true });
  const entries = Object.fromEntries(
    listTests(join(root, 'test'))
      .filter((p) => p.includes(testFilter))
      .map((p) => [relative(join(root, 'test'), p).replace(/\.ts$/, ''), p]),
  );
  builds.push({ ...node, entryPoints: entries, outdir: testsOut });
}

const start = Date.now();
await Promise.all(builds.map((b) => esbuild.build(b)));
console.log(`built ${builds.length} bundles in ${Date.now() - start} ms`);
