import { parentPort, workerData } from 'node:worker_threads';
import { startKernel, type KernelWorkerData } from './kernel/startKernel';

// The notebook kernel thread: one per notebook, started by KernelClient.
if (!parentPort) throw new Error('kernelWorker must run in a worker thread');
startKernel(parentPort, workerData as KernelWorkerData);
