// Runs the VS Code tests here, with no VS Code download: code-server from npm (installed once
// into .vscode-test/), Debian's Chromium driven by playwright-core, the demo workspace.
//   suite: test/vscode/suite/*.test.ts inside the extension host (the vscode API)
//   ui:    test/vscode/ui/*.ui.ts driving the workbench in headless Chromium
//   vsix:  test/vscode/vsix/*.test.ts against the packaged .vsix installed into code-server
// Usage: node scripts/vscode/run.mjs [--only=suite,ui,vsix] [--grep=PATTERN] [--no-build] [--build-only]
// --no-build skips `node scripts/build.mjs` (npm test has built dist/ in pretest already);
// --build-only stops after bundling test/vscode into .test-build-vscode/ (.vscode-test.mjs uses it).
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
process.chdir(root);
const argv = process.argv.slice(2);
const flag = (name) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const phases = ['suite', 'ui', 'vsix'];
const only = flag('only')?.split(',') ?? phases;
const unknown = only.filter((p) => !phases.includes(p));
if (unknown.length) {
  console.error(`unknown --only ${unknown.join(',')}; choose from ${phases.join(',')}`);
  process.exit(2);
}

if (!argv.includes('--no-build')) execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });

const out = '.test-build-vscode';
const src = 'test/vscode';
const entries = (dir, suffix, extra = []) =>
  Object.fromEntries([...extra, ...readdirSync(join(src, dir)).filter((f) => f.endsWith(suffix))].map((f) => [f.replace(/\.ts$/, ''), join(src, dir, f)]));

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'inline',
  define: { VERSION: JSON.stringify(version) },
  // mocha must be the host's single instance; parquet-wasm loads its .wasm next to its own file.
  external: ['vscode', 'mocha', 'playwright-core', 'parquet-wasm'],
  logLevel: 'warning',
  absWorkingDir: root,
};
rmSync(out, { recursive: true, force: true });
await Promise.all([
  esbuild.build({ ...common, entryPoints: entries('suite', '.test.ts', ['index.ts']), outdir: join(out, 'suite') }),
  esbuild.build({ ...common, entryPoints: entries('vsix', '.test.ts', ['index.ts']), outdir: join(out, 'vsix') }),
  esbuild.build({ ...common, entryPoints: entries('ui', '.ui.ts'), outdir: join(out, 'ui') }),
  esbuild.build({ ...common, entryPoints: { driver: join(src, 'driver.ts') }, outdir: out }),
]);
// The vsix phase needs an extensionDevelopmentPath that is not Sightline: an empty extension.
mkdirSync(join(out, 'vsix'), { recursive: true });
writeFileSync(
  join(out, 'vsix/package.json'),
  JSON.stringify({ name: 'vsix-probe', publisher: 'sightline-test', version: '0.0.0', engines: { vscode: '^1.100.0' } }),
);

if (argv.includes('--build-only')) process.exit(0);
const { main } = createRequire(import.meta.url)(join(root, out, 'driver.js'));
process.exitCode = await main({ only, grep: flag('grep') });
