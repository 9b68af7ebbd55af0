import { compileProblem, type CompiledProblem } from '../solver/compile-problem.js';
import { HardConstraintCounter } from '../solver/hard-constraints.js';
import { defaultSoftWeights, SoftGoalCounter, type SoftWeights } from '../solver/soft-goals.js';
import type { ForumProblem, Placement } from '../solver/model.js';
import { solveSchedule, type ExtraCostTerm, type SolveProgress, type SolveResult } from '../solver/solve.js';
import { bothTerms, holdSessions } from './held-sessions.js';
import type { WorkerSolveResult } from './solve-in-worker.js';
import { stabilityTerm } from './stability-term.js';

export interface EditorSolveOptions {
  /** Soft penalty per moved session; above 0, a repair by widening neighbourhoods (see below). */
  stability: number;
  timeLimitMs: number;
  iterationLimit?: number;
  seed: number;
  /** True once the organiser asked to stop. */
  stopped: () => boolean;
  onProgress?: (progress: SolveProgress) => void;
  progressEveryMs?: number;
  /** The organisers' soft weights; absent ones take the solver's defaults. */
  weights?: Partial<SoftWeights>;
}

/** A repair stage that reached no hard violation keeps polishing its soft goals this long, then ends. */
const polishMs = 400;

/**
 * The editor's solve. With no stability, one search from scratch. With stability, a repair: first only
 * the sessions in conflict (and those waiting for a place) may move, every other held where it stands;
 * if conflicts remain, the sessions sharing their slots or people may move too; then all of them. Each
 * stage keeps the stability cost, so it moves as few sessions as it can, and stops once nothing is wrong.
 * Held sessions leave the search altogether (their rooms, slots and people become constraints of the
 * few that move), so a repair of a 450-session forum searches among a handful of sessions, and the
 * solver's greedy start, which samples placements at random, never has to find hundreds of old places.
 *
 * @example
 *   editorSolve(problem, current, { stability: 1_000, timeLimitMs: 5_000, seed: 1, stopped: () => false });
 */
export function editorSolve(problem: ForumProblem, current: Placement[], options: EditorSolveOptions): WorkerSolveResult {
  const began = performance.now();
  if (options.stability <= 0) return summarise(problem, run(problem, current, options, options.timeLimitMs, options.iterationLimit, 0, false), 0, options);
  const compiled = compileProblem(problem);
  const counter = new HardConstraintCounter(compiled);
  const at = new Map(current.map((placement) => [placement.sessionId, placement]));
  const index = (placement: Placement) => [compiled.sessionIndex.get(placement.sessionId)!, compiled.slotIndex.get(placement.slotId)!, compiled.roomIndex.get(placement.roomId)!] as const;
  for (const placement of current) counter.place(...index(placement));
  const conflicted = new Set(problem.sessions.filter((session) => {
    const placement = at.get(session.id);
    return !placement || counter.involvement(...index(placement)) > 0;
  }).map((session) => session.id));
  if (conflicted.size === 0) {
    return { placements: current, hard: { total: 0, byKind: { ...counter.counts } }, soft: null, firstFeasibleMs: 0, elapsedMs: performance.now() - began, iterations: 0, stoppedBy: 'solved' };
  }
  const neighbours = new Set(conflicted);
  const busySlots = new Set([...conflicted].map((id) => at.get(id)?.slotId).filter((slot): slot is string => slot !== undefined));
  const peopleInConflict = new Set(problem.sessions.filter((session) => conflicted.has(session.id)).flatMap((session) => session.people.map((person) => person.personId)));
  for (const session of problem.sessions) {
    if (busySlots.has(at.get(session.id)?.slotId ?? '') || session.people.some((person) => peopleInConflict.has(person.personId))) neighbours.add(session.id);
  }
  const stages = [conflicted, neighbours, new Set(problem.sessions.map((session) => session.id))];
  const shares = [0.25, 0.25, 0.5];
  let best: SolveResult | null = null;
  let bestOffset = 0;
  let spent = 0;
  let iterations = 0;
  for (const [k, free] of stages.entries()) {
    if (k > 0 && free.size === stages[k - 1]!.size) continue;
    const last = k === stages.length - 1;
    const timeShare = last ? options.timeLimitMs - spent : options.timeLimitMs * shares[k]!;
    const iterationShare = options.iterationLimit === undefined ? undefined : Math.max(1, Math.floor(options.iterationLimit * shares[k]!));
    const reduced = last ? null : holdSessions(problem, current, free);
    const searched = run(reduced?.problem ?? problem, current, options, Math.max(1, timeShare), iterationShare, spent, !last, reduced?.heldTerm);
    const result = reduced ? { ...searched, placements: [...reduced.held, ...searched.placements] } : searched;
    if (!best || result.hard.total < best.hard.total) { best = result; bestOffset = spent; }
    spent = performance.now() - began;
    iterations += result.iterations;
    if (result.hard.total === 0 || options.stopped()) break;
  }
  return { ...summarise(problem, best!, bestOffset, options), elapsedMs: spent, iterations };
}

function run(
  problem: ForumProblem, current: Placement[], options: EditorSolveOptions, timeLimitMs: number, iterationLimit: number | undefined, offsetMs: number, stopWhenClean: boolean,
  heldTerm?: (compiled: CompiledProblem) => ExtraCostTerm,
): SolveResult {
  const stability = options.stability > 0 ? stabilityTerm(current, options.stability) : undefined;
  const extraTerm = stability && heldTerm ? bothTerms(stability, heldTerm) : stability ?? heldTerm;
  let cleanSince: number | null = null;
  const signal = {
    get aborted() {
      return options.stopped() || (cleanSince !== null && performance.now() - cleanSince >= polishMs);
    },
  } as AbortSignal;
  return solveSchedule(problem, {
    timeLimitMs, seed: options.seed, signal, progressEveryMs: options.progressEveryMs ?? 100,
    ...(options.weights ? { weights: options.weights } : {}),
    ...(iterationLimit !== undefined ? { iterationLimit } : {}),
    ...(extraTerm ? { extraTerm } : {}),
    onProgress: (progress) => {
      if (stopWhenClean && progress.bestHard === 0 && cleanSince === null) cleanSince = performance.now();
      options.onProgress?.({ ...progress, elapsedMs: progress.elapsedMs + offsetMs });
    },
  });
}

/** The result judged on the whole problem, whatever part of it the last stage searched. */
function summarise(problem: ForumProblem, result: SolveResult, offsetMs: number, options: EditorSolveOptions): WorkerSolveResult {
  const compiled = compileProblem(problem);
  const counter = new HardConstraintCounter(compiled);
  const soft = new SoftGoalCounter(compiled, { ...defaultSoftWeights, ...options.weights });
  for (const placement of result.placements) {
    const [session, start, room] = [compiled.sessionIndex.get(placement.sessionId)!, compiled.slotIndex.get(placement.slotId)!, compiled.roomIndex.get(placement.roomId)!];
    counter.place(session, start, room);
    soft.place(session, start, room);
  }
  const stoppedBy = options.stopped() ? 'abort' : result.stoppedBy === 'abort' ? 'solved' : result.stoppedBy;
  return {
    placements: result.placements, hard: { total: counter.total, byKind: { ...counter.counts } }, soft: soft.total,
    firstFeasibleMs: result.firstFeasibleMs === null ? null : result.firstFeasibleMs + offsetMs, elapsedMs: result.elapsedMs + offsetMs, iterations: result.iterations, stoppedBy,
  };
}
