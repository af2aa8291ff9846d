import type { HostToKernel, KernelToHost } from '../../../core/protocol';
import type { EngineName } from '../../../core/io/pipeline';
import { KernelSession } from './kernelSession';

/** The worker side of the kernel protocol; `port` is the worker's parentPort. */
export interface KernelPort {
  on(event: 'message', listener: (message: HostToKernel) => void): void;
  postMessage(message: KernelToHost): void;
}

/** Data the host passes when it starts a kernel worker. */
export interface KernelWorkerData {
  /** Folder relative paths in cells resolve from: the notebook's. */
  baseDir: string;
  /** The engine pipelines are computed on instead of the one each manifest names (the sightline.engine setting). */
  engine?: EngineName;
}

/**
 * Serves one notebook: cells arrive one at a time (the host queues them) and each answers
 * with `done` or `failed`, after its streamed output. Interrupting is the host terminating
 * this thread, the only way to stop a cell stuck in a synchronous loop.
 */
export function startKernel(port: KernelPort, data: KernelWorkerData): KernelSession {
  const session = new KernelSession((message) => port.postMessage(message), data.baseDir, data.engine);
  let queue = Promise.resolve();
  port.on('message', (message) => {
    if (message.type !== 'execute') return;
    queue = queue.then(() => session.execute(message.id, message.code, message.executionOrder));
  });
  // A rejection or throw nobody awaits (a timer in an earlier cell) must not end the kernel.
  process.on('unhandledRejection', (reason) => session.reportStray(reason));
  process.on('uncaughtException', (error) => session.reportStray(error));
  return session;
}
