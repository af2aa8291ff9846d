import { spawn, type SpawnOptions } from 'node:child_process';
import { accessSync, constants, createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { track } from './processes';

/** Runs a command to completion in its own process group, output appended to `logFile`; resolves with the exit code. */
export function run(cmd: string, args: string[], options: SpawnOptions & { logFile: string }): Promise<number> {
  const { logFile, ...spawnOptions } = options;
  return new Promise((resolvePromise, reject) => {
    const log = createWriteStream(logFile, { flags: 'a' });
    const child = spawn(cmd, args, { ...spawnOptions, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    track(child);
    child.stdout?.pipe(log, { end: false });
    child.stderr?.pipe(log, { end: false });
    child.on('error', reject);
    child.on('close', (code) => log.end(() => resolvePromise(code ?? 1)));
  });
}

export function which(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    try {
      accessSync(join(dir, name), constants.X_OK);
      return join(dir, name);
    } catch {
      // not in this directory
    }
  }
  return undefined;
}
