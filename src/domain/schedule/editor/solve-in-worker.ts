import { Worker } from 'node:worker_threads';
import type { HardKind } from '../solver/hard-constraints.js';
import type { ForumProblem, Placement } from '../solver/model.js';
import type { SolveProgress } from '../solver/solve.js';
import type { SoftWeights } from '../solver/soft-goals.js';

export interface WorkerSolveRequest {
  problem: ForumProblem;
  /** Where sessions stand now: the stability term's anchors. */
  initial: Placement[];
  stability: number;
  timeLimitMs: number;
  iterationLimit?: number;
  seed: number;
  progressEveryMs: number;
  /** The organisers' soft weights; absent ones take the solver's defaults. */
  weights?: Partial<SoftWeights>;
  /** One Int32: set to 1 to stop, keeping the best schedule so far. */
  stopFlag: SharedArrayBuffer;
}

export interface WorkerSolveResult {
  placements: Placement[];
  hard: { total: number; byKind: Record<HardKind, number> };
  /** The organisers' soft goals, without the stability term; null when nothing needed solving. */
  soft: number | null;
  firstFeasibleMs: number | null;
  elapsedMs: number;
  iterations: number;
  /** `solved`: a repair stopped once nothing was wrong; `abort`: the organiser stopped it. */
  stoppedBy: 'time' | 'iterations' | 'abort' | 'solved';
}

export type WorkerMessage =
  | { type: 'progress'; progress: SolveProgress }
  | { type: 'done'; result: WorkerSolveResult }
  | { type: 'error'; message: string };

export interface SolveInWorkerOptions {
  stability: number;
  timeLimitMs: number;
  iterationLimit?: number;
  seed: number;
  progressEveryMs?: number;
  weights?: Partial<SoftWeights>;
  onProgress?: (progress: SolveProgress) => void;
  signal?: AbortSignal;
}

const workerUrl = new URL(`./solve-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);

/**
 * Starts the worker. A TypeScript checkout (run through tsx) registers tsx inside the worker
 * first, since loader hooks are not inherited by worker threads on Node 20.
 */
function startWorker(request: WorkerSolveRequest): Worker {
  if (!workerUrl.pathname.endsWith('.ts')) return new Worker(workerUrl, { workerData: request });
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(workerUrl.href)}); })`;
  return new Worker(boot, { eval: true, workerData: request });
}

/**
 * Solves in a worker thread, so the server keeps answering while it searches. Aborting the signal
 * stops the search and still resolves with the best schedule found so far.
 *
 * @example
 *   const controller = new AbortController();
 *   const result = await solveInWorker(problem, current, { stability: 1_000, timeLimitMs: 5_000, seed: 1, signal: controller.signal });
 */
export function solveInWorker(problem: ForumProblem, initial: Placement[], options: SolveInWorkerOptions): Promise<WorkerSolveResult> {
  const stopFlag = new SharedArrayBuffer(4);
  const stop = new Int32Array(stopFlag);
  const worker = startWorker({
    problem, initial, stability: options.stability, timeLimitMs: options.timeLimitMs, seed: options.seed, stopFlag,
    progressEveryMs: options.progressEveryMs ?? 250, ...(options.weights ? { weights: options.weights } : {}), ...(options.iterationLimit ? { iterationLimit: options.iterationLimit } : {}),
  });
  const onAbort = () => Atomics.store(stop, 0, 1);
  if (options.signal?.aborted) onAbort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  return new Promise<WorkerSolveResult>((resolve, reject) => {
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', onAbort);
      outcome();
      void worker.terminate();
    };
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') options.onProgress?.(message.progress);
      else if (message.type === 'done') finish(() => resolve(message.result));
      else finish(() => reject(new Error(`the solver failed: ${message.message}`)));
    });
    worker.on('error', (error) => finish(() => reject(error)));
    worker.on('exit', (code) => finish(() => reject(new Error(`the solver stopped unexpectedly (exit code ${code})`))));
  });
}
