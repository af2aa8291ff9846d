import { join, resolve } from 'node:path';

/** Everything runs from the repository root (npm scripts do; run.mjs chdirs there). */
export const repoRoot = resolve(process.env.SIGHTLINE_REPO_ROOT ?? process.cwd());
/** Cached installs and workspaces that survive between runs (gitignored). */
export const cacheDir = join(repoRoot, '.vscode-test');
/** Screenshots and server logs of the last run (gitignored). */
export const resultsDir = join(repoRoot, 'test-results');
/** esbuild output of test/vscode (scripts/vscode/run.mjs). */
export const buildDir = join(repoRoot, '.test-build-vscode');

export const CODE_SERVER_VERSION = '4.100.3';
export const codeServerPrefix = join(cacheDir, 'code-server');
export const codeServerBin = join(codeServerPrefix, 'node_modules/.bin/code-server');
