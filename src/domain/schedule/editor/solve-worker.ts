import { parentPort, workerData } from 'node:worker_threads';
import { solveSchedule } from '../solver/solve.js';
import { stabilityTerm } from './stability-term.js';
import type { WorkerMessage, WorkerSolveRequest } from './solve-in-worker.js';

/** Runs one solve off the request thread; an organiser's "stop" reaches it through a shared flag. */
const request = workerData as WorkerSolveRequest;
const stop = new Int32Array(request.stopFlag);
// The solver polls `aborted` between moves; its loop never yields, so no message could reach an AbortController.
const signal = { get aborted() { return Atomics.load(stop, 0) === 1; } } as AbortSignal;
const post = (message: WorkerMessage) => parentPort!.postMessage(message);

try {
  const result = solveSchedule(request.problem, {
    timeLimitMs: request.timeLimitMs,
    ...(request.iterationLimit ? { iterationLimit: request.iterationLimit } : {}),
    seed: request.seed,
    signal,
    progressEveryMs: request.progressEveryMs,
    onProgress: (progress) => post({ type: 'progress', progress }),
    ...(request.stability > 0 ? { extraTerm: stabilityTerm(request.initial, request.stability) } : {}),
  });
  post({
    type: 'done',
    result: {
      placements: result.placements, hard: { total: result.hard.total, byKind: result.hard.byKind }, soft: result.soft.total - result.soft.extra,
      firstFeasibleMs: result.firstFeasibleMs, elapsedMs: result.elapsedMs, iterations: result.iterations, stoppedBy: result.stoppedBy,
    },
  });
} catch (error) {
  post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
}
