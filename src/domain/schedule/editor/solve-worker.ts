import { parentPort, workerData } from 'node:worker_threads';
import { editorSolve } from './editor-solve.js';
import type { WorkerMessage, WorkerSolveRequest } from './solve-in-worker.js';

/** Runs one solve off the request thread; an organiser's "stop" reaches it through a shared flag. */
const request = workerData as WorkerSolveRequest;
const stop = new Int32Array(request.stopFlag);
const post = (message: WorkerMessage) => parentPort!.postMessage(message);

try {
  // The solver's loop never yields, so no message could reach it: it reads the shared flag instead.
  const result = editorSolve(request.problem, request.initial, {
    stability: request.stability, timeLimitMs: request.timeLimitMs, seed: request.seed, progressEveryMs: request.progressEveryMs,
    ...(request.iterationLimit ? { iterationLimit: request.iterationLimit } : {}),
    ...(request.weights ? { weights: request.weights } : {}),
    stopped: () => Atomics.load(stop, 0) === 1,
    onProgress: (progress) => post({ type: 'progress', progress }),
  });
  post({ type: 'done', result });
} catch (error) {
  post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
}
