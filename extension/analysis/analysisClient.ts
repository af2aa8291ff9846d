import { Worker } from 'node:worker_threads';
import * as vscode from 'vscode';
import type { AnalysisRequest, AnalysisResponse, ErrorInfo, HostToWorker, ProgressInfo, WorkerToHost } from '../../core/protocol';
import type { EngineName } from '../../core/io/pipeline';

export class AnalysisError extends Error {
  constructor(readonly info: ErrorInfo) {
    super(info.message);
    this.name = info.cancelled ? 'Cancelled' : 'AnalysisError';
  }
}

interface Pending {
  resolve(response: AnalysisResponse): void;
  reject(error: AnalysisError): void;
  onProgress?: (progress: ProgressInfo) => void;
}

export interface RunOptions {
  token?: vscode.CancellationToken;
  onProgress?: (progress: ProgressInfo) => void;
}

/**
 * The host's side of the analysis worker: sends typed requests, routes progress, turns a
 * cancellation token into a cancel message. The worker starts on first use, so activation
 * stays cheap, and restarts if it dies.
 */
export class AnalysisClient implements vscode.Disposable {
  private worker?: Worker;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private engine: EngineName | undefined;
  private readonly engineChanged = new vscode.EventEmitter<EngineName | undefined>();
  /** Fires after the engine override changed: results computed before may come from another engine. */
  readonly onDidChangeEngine = this.engineChanged.event;

  constructor(private readonly workerPath: string) {}

  /** The engine every later run computes on (undefined: the one each manifest names). */
  setEngine(engine: EngineName | undefined): void {
    if (engine === this.engine) return;
    this.engine = engine;
    this.send({ type: 'engine', engine });
    this.engineChanged.fire(engine);
  }

  run(request: AnalysisRequest, options: RunOptions = {}): Promise<AnalysisResponse> {
    const id = this.nextId++;
    const worker = this.ensureWorker();
    return new Promise<AnalysisResponse>((resolve, reject) => {
      if (options.token?.isCancellationRequested) {
        reject(new AnalysisError({ code: 'cancelled', message: 'cancelled', cancelled: true }));
        return;
      }
      const subscription = options.token?.onCancellationRequested(() => this.send({ type: 'cancel', id }));
      const settle = () => subscription?.dispose();
      this.pending.set(id, {
        resolve: (r) => (settle(), resolve(r)),
        reject: (e) => (settle(), reject(e)),
        onProgress: options.onProgress,
      });
      worker.postMessage({ type: 'run', id, request } satisfies HostToWorker);
    });
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
    this.engineChanged.dispose();
    this.failAll({ code: 'disposed', message: 'Sightline was shut down' });
  }

  private send(message: HostToWorker): void {
    this.worker?.postMessage(message);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.workerPath);
    worker.on('message', (message: WorkerToHost) => this.receive(message));
    worker.on('error', (error) => this.failAll({ code: 'worker-crashed', message: `the analysis worker failed: ${error.message}` }));
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = undefined;
      this.failAll({ code: 'worker-exited', message: 'the analysis worker stopped' });
    });
    // The worker must not keep VS Code's extension host alive on shutdown.
    worker.unref();
    worker.postMessage({ type: 'engine', engine: this.engine } satisfies HostToWorker);
    this.worker = worker;
    return worker;
  }

  private receive(message: WorkerToHost): void {
    const pending = this.pending.get(message.id);
    if (!pending) return;
    if (message.type === 'progress') {
      pending.onProgress?.(message.progress);
      return;
    }
    this.pending.delete(message.id);
    if (message.type === 'done') pending.resolve(message.response);
    else pending.reject(new AnalysisError(message.error));
  }

  private failAll(info: ErrorInfo): void {
    for (const [id, pending] of this.pending) {
      this.pending.delete(id);
      pending.reject(new AnalysisError(info));
    }
  }
}
