import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type * as Esbuild from 'esbuild';

/** The repository root: the test bundles may be built anywhere, but tests run from the repo. */
export function repoRoot(): string {
  for (let dir = process.cwd(); ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'sightline') return dir;
    if (dirname(dir) === dir) throw new Error(`run the tests from the Sightline repository (cwd: ${process.cwd()})`);
  }
}

/**
 * Builds webviews/report/main.ts fresh, like scripts/build.mjs does, so the browser test never
 * runs a stale dist/. esbuild is loaded from the repo at run time: it cannot be bundled.
 */
export async function buildReportBundle(): Promise<string> {
  const root = repoRoot();
  const esbuild = createRequire(join(root, 'package.json'))('esbuild') as typeof Esbuild;
  const outfile = join(mkdtempSync(join(tmpdir(), 'sightline-report-bundle-')), 'report.js');
  await esbuild.build({
    entryPoints: [join(root, 'webviews/report/main.ts')],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    minify: true,
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}
