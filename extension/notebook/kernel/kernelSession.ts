import { Console } from 'node:console';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Script } from 'node:vm';
import type { KernelToHost } from '../../../core/protocol';
import type { EngineName } from '../../../core/io/pipeline';
import { cellOutputItems } from './cellOutputs';
import { cellFileName, toKernelError } from './kernelError';
import { OutputStream } from './outputStream';
import { rewriteCell } from './rewriteCell';
import { createSightlineLibrary } from './sightlineLibrary';

/**
 * The state of one notebook's kernel: runs cells one at a time as scripts of this thread's
 * realm, so variables persist across cells. Cells run in the worker's own realm rather than a
 * fresh `vm` context: one worker per notebook already isolates notebooks from each other and
 * from the extension host, and a second realm would give cells their own `Date` and typed
 * arrays, which fail the `instanceof` checks of the library (a cell's `new Date()` column
 * would read as text in `fromDataFrame`).
 */
export class KernelSession {
  /** The execution output goes to: console output after a cell ended still lands somewhere. */
  private currentId = 0;
  private readonly stdout: OutputStream;
  private readonly stderr: OutputStream;

  constructor(
    private readonly post: (message: KernelToHost) => void,
    baseDir: string,
    engine?: EngineName,
  ) {
    this.stdout = new OutputStream((text) => this.post({ type: 'stream', id: this.currentId, stream: 'stdout', text }));
    this.stderr = new OutputStream((text) => this.post({ type: 'stream', id: this.currentId, stream: 'stderr', text }));
    Object.assign(globalThis, {
      sightline: createSightlineLibrary(baseDir, engine),
      display: (value: unknown) => this.display(value),
      console: new Console({ stdout: this.stdout, stderr: this.stderr }),
      require: createRequire(join(baseDir, 'notebook.js')),
    });
  }

  async execute(id: number, code: string, executionOrder: number): Promise<void> {
    this.currentId = id;
    try {
      const script = new Script(rewriteCell(code), { filename: cellFileName(executionOrder) });
      const value: unknown = await script.runInThisContext({ displayErrors: false });
      const items = cellOutputItems(value);
      this.flush();
      this.post({ type: 'done', id, items });
    } catch (error) {
      this.flush();
      this.post({ type: 'failed', id, error: toKernelError(error, executionOrder, code.split('\n').length) });
    }
  }

  /** Errors no cell awaits (a throwing timer) still belong on screen, under the last cell. */
  reportStray(error: unknown): void {
    const { stack } = toKernelError(error, 0);
    this.stderr.write(`${stack}\n`);
    this.flush();
  }

  private display(value: unknown): void {
    const items = cellOutputItems(value);
    if (!items.length) return;
    this.flush();
    this.post({ type: 'display', id: this.currentId, items });
  }

  private flush(): void {
    this.stdout.flush();
    this.stderr.flush();
  }
}
