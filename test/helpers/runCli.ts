import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The built CLI (npm test builds it first). Tests run from the repository root. */
export const CLI = resolve(process.cwd(), 'dist/cli.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], cwd = process.cwd()): CliRun {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` (npm test does it for you)`);
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

export function repoPath(...parts: string[]): string {
  return join(process.cwd(), ...parts);
}
