import { compileCosplib, type CompiledCosplib } from '../cosplib/compiled-instance.js';
import type { CosplibAssignment, CosplibInstance } from '../cosplib/instance.js';
import { seededRandom } from '../solver/random.js';
import { greedyStart } from './greedy-start.js';
import { MoveMaker } from './moves.js';
import { CosplibSearchState, unplacedPenalty } from './search-state.js';

export interface CosplibSearchOptions {
  timeLimitMs?: number;
  /** Stops after this many moves: with a seed, the same answer on any machine, however busy. */
  iterationLimit?: number;
  seed?: number;
  /** Annealing cycles; each restarts from the best schedule with the calibrated temperature. */
  restarts?: number;
  signal?: AbortSignal;
  onProgress?: (progress: CosplibSearchProgress) => void;
  progressEveryMs?: number;
}

export interface CosplibSearchProgress {
  elapsedMs: number;
  iterations: number;
  temperature: number;
  current: number;
  best: number;
}

export interface CosplibSearchResult {
  assignment: CosplibAssignment;
  /** The official objective of the best schedule (our evaluator's total). */
  penalty: number;
  /** Talks the search could not place (0 means a feasible, valid schedule). */
  unplaced: number;
  iterations: number;
  firstFeasibleMs: number | null;
  elapsedMs: number;
}

/**
 * Simulated annealing specialised to CoSPLib: greedy start, moves valid by construction, per-session
 * and per-track delta scoring, temperature from sampled move deltas, restarts from the best.
 * @example
 * const { assignment, penalty } = searchCosplib(instance, { timeLimitMs: 10_000, seed: 1 });
 */
export function searchCosplib(instance: CosplibInstance, options: CosplibSearchOptions = {}, compiled: CompiledCosplib = compileCosplib(instance)): CosplibSearchResult {
  const began = performance.now();
  const elapsed = (): number => performance.now() - began;
  const timeLimit = options.timeLimitMs ?? (options.iterationLimit === undefined ? 10_000 : Infinity);
  const iterationLimit = options.iterationLimit ?? Infinity;
  const random = seededRandom(options.seed ?? 1);
  const state = new CosplibSearchState(compiled);
  greedyStart(state);
  const moves = new MoveMaker(state, random);
  let current = state.total();
  let firstFeasibleMs: number | null = state.unplaced === 0 ? elapsed() : null;
  let best = current;
  let bestSnapshot = snapshot(state);

  const startTemperature = calibrate(state, moves);
  const endTemperature = Math.max(0.05, startTemperature * 1e-5);
  const cycles = Math.max(1, options.restarts ?? 4);
  const budget = (): number => Math.min(1, Math.max(
    Number.isFinite(timeLimit) ? elapsed() / timeLimit : 0,
    Number.isFinite(iterationLimit) ? iterations / iterationLimit : 0));
  let iterations = 0;
  let temperature = startTemperature;
  let lastProgress = 0;
  let cycle = 0;
  while (!options.signal?.aborted) {
    if ((iterations & 255) === 0) {
      const used = budget();
      // Every term is non-negative: a zero is optimal.
      if (used >= 1 || best === 0) break;
      const nextCycle = Math.min(cycles - 1, Math.floor(used * cycles));
      if (nextCycle !== cycle) {
        cycle = nextCycle;
        restore(state, bestSnapshot);
        current = state.total();
      }
      const within = used * cycles - cycle;
      temperature = startTemperature * Math.pow(endTemperature / startTemperature, Math.min(1, within));
      if (options.onProgress && elapsed() - lastProgress >= (options.progressEveryMs ?? 500)) {
        lastProgress = elapsed();
        options.onProgress({ elapsedMs: lastProgress, iterations, temperature, current, best });
      }
    }
    iterations++;
    const move = moves.apply();
    if (move === null) continue;
    const next = state.total();
    const delta = next - current;
    if (delta <= 0 || random() < Math.exp(-delta / temperature)) {
      current = next;
      if (current < best) {
        best = current;
        bestSnapshot = snapshot(state);
        if (firstFeasibleMs === null && state.unplaced === 0) firstFeasibleMs = elapsed();
      }
    } else {
      moves.undo(move);
    }
  }
  restore(state, bestSnapshot);
  return {
    assignment: state.toAssignment(),
    penalty: state.total() - state.unplaced * unplacedPenalty,
    unplaced: state.unplaced,
    iterations,
    firstFeasibleMs,
    elapsedMs: elapsed(),
  };
}

/** A start temperature at which a typical worsening move (the median of sampled ones) is taken half the time. */
function calibrate(state: CosplibSearchState, moves: MoveMaker): number {
  const worse: number[] = [];
  const base = state.total();
  for (let sample = 0; sample < 400; sample++) {
    const move = moves.apply();
    if (move === null) continue;
    const delta = state.total() - base;
    if (delta > 0 && delta < unplacedPenalty / 10) worse.push(delta);
    moves.undo(move);
  }
  if (worse.length === 0) return 1;
  worse.sort((a, b) => a - b);
  return Math.max(1, worse[Math.floor(worse.length * 0.3)]! / Math.LN2);
}

interface Snapshot {
  subs: number[][];
}

function snapshot(state: CosplibSearchState): Snapshot {
  return { subs: state.cellSubs.map((list) => [...list]) };
}

function restore(state: CosplibSearchState, saved: Snapshot): void {
  for (let cell = 0; cell < state.cellSubs.length; cell++) {
    for (const i of [...state.cellSubs[cell]!]) state.remove(i);
  }
  saved.subs.forEach((list, cell) => { for (const i of list) state.insert(i, cell); });
  state.rescoreAll();
}
