import { spawn } from 'node:child_process';
import { LOAD_TASKS } from './loadTasks';

/** What a child reports on its last stdout line. */
export interface ChildResult {
  ok: boolean;
  rows: number;
  ms: number;
  peakMb: number;
  error?: string;
}

/** Child side: run one task, print one JSON line, exit. Peak RSS covers the whole process. */
export async function runChildTask(task: string, file: string): Promise<void> {
  const load = LOAD_TASKS[task];
  if (!load) throw new Error(`unknown bench task ${task}; known: ${Object.keys(LOAD_TASKS).join(', ')}`);
  const start = performance.now();
  const rows = await load(file);
  const ms = performance.now() - start;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  const result: ChildResult = { ok: true, rows, ms, peakMb };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

/**
 * Parent side: runs `task` in a fresh Node process (same bench bundle, `--child`), so each
 * loader's peak memory is its own and no JIT or heap state leaks from one loader to the next.
 * `nodeArgs` is empty to keep Node's default heap limit.
 */
export function measureInChild(task: string, file: string, nodeArgs: string[] = []): Promise<ChildResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...nodeArgs, process.argv[1], '--child', task, file], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code, signal) => {
      const last = stdout.trim().split('\n').pop() ?? '';
      if (code === 0 && last.startsWith('{')) return resolve(JSON.parse(last) as ChildResult);
      const oom = /heap out of memory|Allocation failed/i.test(stderr);
      const reason = oom ? 'out of memory' : (stderr.trim().split('\n').slice(-3).join(' ') || `exit ${code ?? signal}`);
      resolve({ ok: false, rows: 0, ms: 0, peakMb: 0, error: reason.slice(0, 200) });
    });
  });
}
