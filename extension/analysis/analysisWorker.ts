import { parentPort } from 'node:worker_threads';
import type { AnalysisRequest, HostToWorker, WorkerToHost } from '../../core/protocol';
import { runAnalysis } from '../../core/analysis/runAnalysis';
import { EngineCache } from '../../core/analysis/engineCache';
import { toErrorInfo } from '../../core/io/errors';

/**
 * The analysis worker thread: every computation runs here, so the extension host's event loop
 * only routes messages. Requests run concurrently by id; `cancel` aborts one's signal.
 */
const port = parentPort;
if (!port) throw new Error('analysisWorker must run in a worker thread');

const cache = new EngineCache();
const running = new Map<number, AbortController>();
const post = (message: WorkerToHost) => port.postMessage(message);

port.on('message', (message: HostToWorker) => {
  if (message.type === 'cancel') running.get(message.id)?.abort();
  else if (message.type === 'engine') cache.setEngine(message.engine);
  else void handle(message.id, message.request);
});

async function handle(id: number, request: AnalysisRequest): Promise<void> {
  const controller = new AbortController();
  running.set(id, controller);
  const onProgress = (progress: { message: string; done: number; total: number }) => post({ type: 'progress', id, progress });
  try {
    const response = await runAnalysis(request, cache, { signal: controller.signal, onProgress });
    controller.signal.throwIfAborted();
    post({ type: 'done', id, response });
  } catch (error) {
    post({ type: 'failed', id, error: toErrorInfo(error, controller.signal.aborted) });
  } finally {
    running.delete(id);
  }
}
