import { Worker } from 'node:worker_threads';
import type { HostToKernel, KernelError, KernelOutputItem, KernelToHost } from '../../core/protocol';
import type { KernelWorkerData } from './kernel/startKernel';

export interface CellCallbacks {
  onStream(stream: 'stdout' | 'stderr', text: string): void;
  onDisplay(items: KernelOutputItem[]): void;
}

export type CellOutcome = { ok: true; items: KernelOutputItem[] } | { ok: false; error: KernelError };

interface Pending {
  callbacks: CellCallbacks;
  settle(outcome: CellOutcome): void;
}

export const INTERRUPTED: KernelError = {
  name: 'Interrupted',
  message: 'The cell was interrupted and the kernel restarted: variables from earlier cells are gone, run those cells again.',
  stack: '',
};

/**
 * The host's side of one notebook's kernel worker. It holds no vscode types, so the protocol
 * can be tested in plain Node. The worker starts on the first cell; interrupting terminates
 * it (a cell in a synchronous loop cannot be stopped any other way) and the next cell starts
 * a fresh one.
 */
export class KernelClient {
  private worker?: Worker;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(
    private readonly workerPath: string,
    private readonly data: KernelWorkerData,
  ) {}

  get running(): boolean {
    return this.worker !== undefined;
  }

  run(code: string, executionOrder: number, callbacks: CellCallbacks): Promise<CellOutcome> {
    const id = this.nextId++;
    const worker = this.ensureWorker();
    return new Promise<CellOutcome>((resolve) => {
      this.pending.set(id, { callbacks, settle: resolve });
      worker.postMessage({ type: 'execute', id, code, executionOrder } satisfies HostToKernel);
    });
  }

  /** Stops whatever runs and forgets every variable. */
  interrupt(): void {
    this.stop(INTERRUPTED);
  }

  dispose(): void {
    this.stop({ name: 'Disposed', message: 'The kernel was shut down.', stack: '' });
  }

  private stop(reason: KernelError): void {
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
    this.settleAll(reason);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.workerPath, { workerData: this.data });
    worker.on('message', (message: KernelToHost) => this.receive(message));
    worker.on('error', (error) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.settleAll({ name: 'KernelCrashed', message: `The kernel stopped: ${error.message}. Variables were lost; run the cells again.`, stack: '' });
    });
    worker.on('exit', (code) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.settleAll({ name: 'KernelExited', message: `The kernel exited (code ${code}). Variables were lost; run the cells again.`, stack: '' });
    });
    // A notebook kernel must not keep VS Code's extension host alive on shutdown.
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private receive(message: KernelToHost): void {
    const pending = this.pending.get(message.id);
    if (!pending) return;
    switch (message.type) {
      case 'stream':
        pending.callbacks.onStream(message.stream, message.text);
        return;
      case 'display':
        pending.callbacks.onDisplay(message.items);
        return;
      case 'done':
        this.pending.delete(message.id);
        pending.settle({ ok: true, items: message.items });
        return;
      case 'failed':
        this.pending.delete(message.id);
        pending.settle({ ok: false, error: message.error });
        return;
    }
  }

  private settleAll(error: KernelError): void {
    for (const [id, pending] of this.pending) {
      this.pending.delete(id);
      pending.settle({ ok: false, error });
    }
  }
}
