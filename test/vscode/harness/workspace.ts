import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cacheDir, repoRoot } from './paths';
import { HarnessError } from './errors';

export const demoWorkspace = join(cacheDir, 'workspace');
// Hash of the CLI bundle that wrote the workspace (mtimes change on every rebuild).
const stamp = join(cacheDir, 'workspace.cli-hash');

/**
 * The demo pipeline at 1 flight in 50 (about 5 s, 10 MB), rebuilt when the CLI bundle changes.
 * Tests must not write into it: use copyOfDemoWorkspace() for that.
 */
export function ensureDemoWorkspace(log: (line: string) => void = console.log): string {
  const cli = join(repoRoot, 'dist/cli.js');
  if (!existsSync(cli)) throw new HarnessError(`${cli} is missing: run \`npm run build\` first`);
  const hash = createHash('sha256').update(readFileSync(cli)).digest('hex');
  const built = existsSync(stamp) ? readFileSync(stamp, 'utf8') : '';
  if (built === hash && existsSync(join(demoWorkspace, 'sightline.json'))) return demoWorkspace;
  rmSync(demoWorkspace, { recursive: true, force: true });
  const started = Date.now();
  try {
    execFileSync(process.execPath, [cli, 'demo', demoWorkspace, '--sample-every', '50', '--no-report', '--quiet'], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (error) {
    rmSync(demoWorkspace, { recursive: true, force: true });
    throw new HarnessError(`building the demo workspace failed: ${String((error as { stderr?: Buffer }).stderr ?? error)}`);
  }
  writeFileSync(stamp, hash);
  log(`demo workspace built in ${((Date.now() - started) / 1000).toFixed(1)} s: ${demoWorkspace}`);
  return demoWorkspace;
}

/** A private copy of the demo workspace for a test that writes files; removed by the caller. */
export function copyOfDemoWorkspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'slws-'));
  cpSync(ensureDemoWorkspace(), dir, { recursive: true });
  return dir;
}
