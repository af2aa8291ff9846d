import type { ChildProcess } from 'node:child_process';

// Every process group this harness starts, killed on any exit (also a crash or Ctrl-C) so no
// code-server outlives the run.
const groups = new Set<number>();

export function track(child: ChildProcess): void {
  if (child.pid === undefined) return;
  const pid = child.pid;
  groups.add(pid);
  child.once('exit', () => groups.delete(pid));
}

export function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

process.once('exit', () => {
  for (const pid of groups) killGroup(pid, 'SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  // process.exit runs the 'exit' handler above.
  process.once(signal, () => process.exit(signal === 'SIGINT' ? 130 : 143));
}
