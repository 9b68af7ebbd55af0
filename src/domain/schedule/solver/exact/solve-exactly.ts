import highsExports from 'highs';
import type { Highs, HighsCallbackMap } from 'highs';
import { compileProblem, type CompiledProblem } from '../compile-problem.js';
import type { ForumProblem, Placement } from '../model.js';
import { defaultSoftWeights, SoftGoalCounter, type SoftWeights } from '../soft-goals.js';
import { generateSlotContents } from './column-generation.js';
import { buildForumMip, type ForumMip, type PlacementColumn } from './forum-mip.js';
import { withinInterpreterTeams } from './interpreter-team-use.js';

type HighsLoader = () => Promise<Highs>;
// The package's declarations are read as CommonJS (the loader one level down, under `default`), while
// Node runs its ES build, whose default export is the loader itself.
const highsLoader = ((highsExports as unknown as { default?: HighsLoader }).default ?? highsExports) as unknown as HighsLoader;
let loading: Promise<Highs> | null = null;

export interface ExactProgress {
  elapsedMs: number;
  /** Best schedule's penalty so far (Infinity before the first). */
  incumbent: number;
  /** Proven lower bound on the optimum so far. */
  bound: number;
}

export interface ExactOptions {
  /** For the whole run, model building and column generation included; default 60 s. */
  timeLimitS?: number;
  weights?: Partial<SoftWeights>;
  onProgress?: (progress: ExactProgress) => void;
  /**
   * A schedule to start from (e.g. the annealing's): HiGHS takes it as its first incumbent, so a run that
   * stops at the time limit still returns a schedule no worse than it. Ignored unless every session is
   * placed with no hard violation of its own.
   */
  start?: Placement[];
  /** Slot contents the model may list; beyond, they are generated (or the compact form). 0 forces the compact form. */
  maxSlotPatterns?: number;
}

export interface ExactResult {
  /**
   * `optimal`: proven best (relative gap 0); `feasible`: the best schedule found before the limit (or, when
   * the balanced-slots term could only be bounded, any schedule); `infeasible`: proven that no schedule
   * satisfies every hard constraint; `time-limit-no-solution`: neither a schedule nor a proof in time.
   */
  status: 'optimal' | 'feasible' | 'infeasible' | 'time-limit-no-solution';
  /** Every session when there is a schedule, none otherwise. */
  placements: Placement[];
  /** The MIP objective of the placements: SoftGoalCounter's penalty with the same weights (NaN without placements). */
  objective: number;
  /**
   * Proven lower bound on any schedule's penalty (null when there is none yet): HiGHS's, or with column
   * generation the Lagrangian bound (HiGHS's holds only for the generated contents).
   */
  bound: number | null;
  /** False when balanced slots entered the model as a lower bound: then `objective` is our scorer's, not HiGHS's. */
  exactObjective: boolean;
  model: { formulation: ForumMip['formulation'] | 'column-generation'; columns: number; rows: number; nonZeros: number };
  elapsedMs: number;
}

/**
 * Solves a small forum to optimality with HiGHS (branch and cut on {@link buildForumMip}), to measure how
 * far the annealing solver (`solveSchedule`) is from the best schedule. Every session is placed, with no
 * hard violation; the objective is the same soft penalty the annealing minimises.
 *
 * Up to `maxSlotPatterns` slot contents (Bilbao ÷2: 23 sessions in 9 slots × 3 rooms) the model lists
 * them all. Beyond, while pricing by enumeration stays affordable (Bilbao ×1: 45 sessions, 5 rooms), they
 * are generated (`generateSlotContents`), a MIP over them gives a schedule, then every content within the
 * gap is added and the MIP re-solved, which proves the optimum when it finishes. Beyond that, the compact
 * form (weak bounds: only tiny forums finish). Figures in the solver README.
 * @example
 * const exact = await solveExactly(problem, { timeLimitS: 10 });
 * if (exact.status === 'optimal') console.log(heuristic.soft.total / exact.objective);
 */
export async function solveExactly(problem: ForumProblem, options: ExactOptions = {}): Promise<ExactResult> {
  return solveCompiledExactly(compileProblem(problem), options);
}

export async function solveCompiledExactly(compiled: CompiledProblem, options: ExactOptions = {}): Promise<ExactResult> {
  const began = performance.now();
  const weights: SoftWeights = { ...defaultSoftWeights, ...options.weights };
  const limitMs = (options.timeLimitS ?? 60) * 1000;
  const secondsLeft = (until = began + limitMs): number => Math.max(1, (until - performance.now()) / 1000);
  let mip = buildForumMip(compiled, weights, { maxSlotPatterns: options.maxSlotPatterns });
  let formulation: ExactResult['model']['formulation'] = mip.formulation;
  const size = (): ExactResult['model'] => ({ formulation, columns: mip.model.columnCount, rows: mip.model.rowCount, nonZeros: mip.model.nonZeroCount });
  const finish = (status: ExactResult['status'], outcome: MipOutcome | null, bound: number | null): ExactResult => ({
    status, placements: outcome?.placements ?? [], objective: outcome?.objective ?? Number.NaN, bound, exactObjective: mip.exactObjective, model: size(), elapsedMs: performance.now() - began,
  });
  if (mip.unplaceable.length > 0) return finish('infeasible', null, null);

  loading ??= highsLoader();
  const highs = await loading;
  const progress = options.onProgress && ((incumbent: number, bound: number): void => options.onProgress!({ elapsedMs: performance.now() - began, incumbent, bound }));
  const solve = (model: ForumMip, seconds: number, start: Placement[] | undefined): MipOutcome => {
    try {
      return runMip(highs, compiled, weights, model, seconds, start, progress);
    } catch (error) {
      // A WebAssembly abort leaves the runtime unusable: load a fresh one next time.
      loading = null;
      throw error;
    }
  };

  if (mip.formulation === 'slot-patterns' || mip.formulation === 'compact' && (options.maxSlotPatterns === 0 || contentCount(compiled.roomCount, mip.present) > maxPricedContents)) {
    const outcome = solve(mip, secondsLeft(), options.start);
    if (outcome.kind === 'infeasible') return finish('infeasible', null, null);
    if (outcome.kind === 'no-solution') return finish('time-limit-no-solution', null, outcome.dualBound);
    return finish(outcome.optimal && mip.exactObjective ? 'optimal' : 'feasible', outcome, outcome.dualBound);
  }

  // Too many slot contents to list but few enough to price by enumeration: generate them as needed.
  formulation = 'column-generation';
  const seed = mip.present.map(() => [] as number[][]);
  for (const [t, sessions] of slotContentsOf(compiled, options.start ?? [])) seed[t]!.push(sessions);
  const generated = generateSlotContents(highs, compiled, weights, seed, began + 0.5 * limitMs, (bound) => progress?.(Number.POSITIVE_INFINITY, bound));
  // HiGHS's bounds hold for a pool, not the forum: the Lagrangian bound does.
  const bound = Number.isFinite(generated.bound) ? generated.bound : null;
  mip = buildForumMip(compiled, weights, { patternPool: generated.pool });
  // Keep time for the closing MIP only when it can run (after convergence).
  let best = solve(mip, secondsLeft(generated.converged ? began + 0.75 * limitMs : began + limitMs), options.start);
  // A pool can miss every schedule; the forum itself may still have one, or provably none (e.g. its
  // interpreter teams are too few), which a model without objective settles quickly.
  if (best.kind === 'infeasible' && performance.now() < began + limitMs && hasNoSchedule(highs, compiled, weights, secondsLeft())) return finish('infeasible', null, null);
  if (best.kind !== 'solution') return finish('time-limit-no-solution', null, bound);
  const proven = (outcome: MipOutcome): boolean => bound !== null && outcome.objective <= bound + 1e-6 * Math.max(1, Math.abs(bound));
  if (proven(best)) return finish('optimal', best, bound);
  const within = generated.converged && bound !== null ? generated.contentsWithin(best.objective - bound, maxContentsWithinGap) : null;
  if (within === null || performance.now() >= began + limitMs) return finish('feasible', best, bound);
  const pool = generated.pool.map((sets, t) => {
    const key = (set: number[]): string => [...set].sort((a, b) => a - b).join(',');
    const listed = new Set(sets.map(key));
    return [...sets, ...within[t]!.filter((set) => !listed.has(key(set)))];
  });
  mip = buildForumMip(compiled, weights, { patternPool: pool });
  const closing = solve(mip, secondsLeft(), best.placements);
  if (closing.kind === 'solution' && closing.optimal) return finish('optimal', closing, closing.objective);
  if (closing.kind === 'solution' && closing.objective < best.objective) best = closing;
  return finish('feasible', best, bound);
}

interface MipOutcome {
  kind: 'infeasible' | 'no-solution' | 'solution';
  /** HiGHS proved the optimum of this model. */
  optimal: boolean;
  dualBound: number | null;
  placements: Placement[];
  objective: number;
}

function runMip(highs: Highs, compiled: CompiledProblem, weights: SoftWeights, mip: ForumMip, seconds: number, start: Placement[] | undefined, progress: ((incumbent: number, bound: number) => void) | undefined): MipOutcome {
  const model = highs.createModel(mip.model.toModelData(highs.infinity));
  try {
    model.options.set({ output_flag: false, mip_rel_gap: 0, time_limit: seconds });
    const chosen = start && startColumns(compiled, mip.placements, start);
    if (chosen) model.setSolution({ indices: mip.placements.map((p) => p.column), values: mip.placements.map((p) => (chosen.has(p.column) ? 1 : 0)) });
    const report = (event: { data: { mip_primal_bound?: number; mip_dual_bound?: number } }): undefined => {
      progress?.(event.data.mip_primal_bound ?? Number.POSITIVE_INFINITY, event.data.mip_dual_bound ?? Number.NEGATIVE_INFINITY);
      return undefined;
    };
    const callbacks: HighsCallbackMap = progress ? { [highs.constants.callbackType.mipImprovingSolution]: report, [highs.constants.callbackType.mipLogging]: report } : {};
    const status = model.run(callbacks).modelStatus;
    const codes = highs.constants.modelStatus;
    const none = { placements: [], objective: Number.NaN, optimal: false };
    if (status === codes.infeasible || status === codes.unboundedOrInfeasible) return { kind: 'infeasible', dualBound: null, ...none };
    const dualBound = Number(model.info.get('mip_dual_bound'));
    const bound = Number.isFinite(dualBound) ? dualBound : null;
    if (Number(model.info.get('primal_solution_status')) !== highs.constants.solutionStatus.feasible) {
      if (status === codes.optimal) throw new Error('HiGHS reported an optimum without a solution');
      return { kind: 'no-solution', dualBound: bound, ...none };
    }
    const values = model.getSolution().colValue;
    const starts = new Int32Array(compiled.sessionCount).fill(-1);
    const rooms = new Int32Array(compiled.sessionCount).fill(-1);
    for (const { session, start: slot, room, column } of mip.placements) {
      if (values[column]! < 0.5) continue;
      if (starts[session] !== -1) throw new Error(`HiGHS placed ${compiled.problem.sessions[session]!.id} twice`);
      starts[session] = slot;
      rooms[session] = room;
    }
    const { problem } = compiled;
    const placements = problem.sessions.map((session, i) => {
      if (starts[i] === -1) throw new Error(`HiGHS left ${session.id} unplaced`);
      return { sessionId: session.id, slotId: problem.slots[starts[i]!]!.id, roomId: problem.rooms[rooms[i]!]!.id };
    });
    const objective = mip.exactObjective ? model.getObjectiveValue() : scorerPenalty(compiled, weights, starts, rooms);
    return { kind: 'solution', optimal: status === codes.optimal, dualBound: bound, placements, objective };
  } finally {
    model.dispose();
  }
}

/** Whether HiGHS proves that no placement of every session satisfies the hard constraints (compact form, no objective). */
function hasNoSchedule(highs: Highs, compiled: CompiledProblem, weights: SoftWeights, seconds: number): boolean {
  const data = buildForumMip(compiled, weights, { maxSlotPatterns: 0 }).model.toModelData(highs.infinity);
  const model = highs.createModel({ ...data, colCost: new Float64Array(data.numCols) });
  try {
    model.options.set({ output_flag: false, time_limit: seconds });
    const status = model.run().modelStatus;
    return status === highs.constants.modelStatus.infeasible || status === highs.constants.modelStatus.unboundedOrInfeasible;
  } finally {
    model.dispose();
  }
}

/** Beyond this many contents within the gap, the closing MIP is not attempted. */
const maxContentsWithinGap = 200_000;

/** Beyond this many slot contents (all slots), pricing by enumeration is too slow for column generation. */
const maxPricedContents = 20_000_000;

/** Σ over slots of the sets of at most `rooms` sessions among those present: an upper bound on the contents. */
function contentCount(rooms: number, present: number[][]): number {
  let total = 0;
  for (const sessions of present) {
    let choose = 1;
    for (let k = 0; k <= Math.min(rooms, sessions.length); k++) {
      total += choose;
      choose = (choose * (sessions.length - k)) / (k + 1);
    }
  }
  return total;
}

/** What each slot holds in a schedule, by index. */
function slotContentsOf(compiled: CompiledProblem, placements: Placement[]): Map<number, number[]> {
  const contents = new Map<number, number[]>();
  for (const { sessionId, slotId } of placements) {
    const session = compiled.sessionIndex.get(sessionId);
    const start = compiled.slotIndex.get(slotId);
    if (session === undefined || start === undefined) continue;
    for (let t = start; t < Math.min(start + compiled.duration[session]!, compiled.slotCount); t++) {
      if (!contents.has(t)) contents.set(t, []);
      contents.get(t)!.push(session);
    }
  }
  return contents;
}

/** The placement columns of `start`, or null if it is not a complete schedule the model admits. */
function startColumns(compiled: CompiledProblem, columns: PlacementColumn[], start: Placement[]): Set<number> | null {
  const byPlacement = new Map(columns.map((p) => [`${p.session} ${p.start} ${p.room}`, p.column]));
  const chosen = new Set<number>();
  const placed = new Set<number>();
  for (const { sessionId, slotId, roomId } of start) {
    const session = compiled.sessionIndex.get(sessionId);
    const column = byPlacement.get(`${session} ${compiled.slotIndex.get(slotId)} ${compiled.roomIndex.get(roomId)}`);
    if (session === undefined || column === undefined || placed.has(session)) return null;
    placed.add(session);
    chosen.add(column);
  }
  if (placed.size !== compiled.sessionCount) return null;
  // Columns exist per placement, so a start over the interpreter teams would only be found out by HiGHS.
  for (const sessions of slotContentsOf(compiled, start).values()) if (!withinInterpreterTeams(compiled, sessions)) return null;
  return chosen;
}

function scorerPenalty(compiled: CompiledProblem, weights: SoftWeights, starts: Int32Array, rooms: Int32Array): number {
  const counter = new SoftGoalCounter(compiled, weights);
  for (let i = 0; i < compiled.sessionCount; i++) counter.place(i, starts[i]!, rooms[i]!);
  return counter.total;
}
