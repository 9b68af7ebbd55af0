import { compileProblem, type CompiledProblem } from './compile-problem.js';
import { HardConstraintCounter, type HardKind } from './hard-constraints.js';
import type { ForumProblem, Placement } from './model.js';
import { randomInt, seededRandom } from './random.js';
import { defaultSoftWeights, SoftGoalCounter, type SoftGoal, type SoftWeights } from './soft-goals.js';

/** Costs outside our forum model (e.g. CoSPLib's own terms), kept up to date by the term itself. */
export interface ExtraCostTerm {
  place(session: number, start: number, room: number): void;
  remove(session: number, start: number, room: number): void;
  hard(): number;
  soft(): number;
  /** Hard violations this session takes part in, to steer conflict-directed moves. */
  involvement?(session: number): number;
}

export interface SolveOptions {
  timeLimitMs?: number;
  /** Stops after this many moves: with a seed, the same answer on any machine, however busy. */
  iterationLimit?: number;
  seed?: number;
  weights?: Partial<SoftWeights>;
  signal?: AbortSignal;
  onProgress?: (progress: SolveProgress) => void;
  progressEveryMs?: number;
  extraTerm?: (compiled: CompiledProblem) => ExtraCostTerm;
}

export interface SolveProgress {
  elapsedMs: number;
  iterations: number;
  temperature: number;
  currentHard: number;
  currentSoft: number;
  bestHard: number;
  bestSoft: number;
}

export interface SolveResult {
  placements: Placement[];
  /** Index form, for adapters: start slot and room of each session. */
  starts: Int32Array;
  rooms: Int32Array;
  hard: { total: number; byKind: Record<HardKind, number>; extra: number };
  soft: { total: number; parts: Record<SoftGoal, number>; extra: number };
  firstFeasibleMs: number | null;
  elapsedMs: number;
  iterations: number;
  stoppedBy: 'time' | 'iterations' | 'abort';
}

export function solveSchedule(problem: ForumProblem, options: SolveOptions = {}): SolveResult {
  return solveCompiled(compileProblem(problem), options);
}

interface State {
  hard: HardConstraintCounter;
  soft: SoftGoalCounter;
  extra: ExtraCostTerm | undefined;
  starts: Int32Array;
  rooms: Int32Array;
}

export function solveCompiled(compiled: CompiledProblem, options: SolveOptions = {}): SolveResult {
  const began = performance.now();
  const elapsed = (): number => performance.now() - began;
  const timeLimitMs = options.timeLimitMs ?? 10_000;
  const random = seededRandom(options.seed ?? 1);
  const weights = { ...defaultSoftWeights, ...options.weights };
  const n = compiled.sessionCount;
  const state = newState(compiled, weights, options);
  const hardOf = (): number => state.hard.total + (state.extra?.hard() ?? 0);
  const softOf = (): number => state.soft.total + (state.extra?.soft() ?? 0);
  // Lexicographic while building the start; calibrated before the search.
  let hardWeight = 1e9;
  const cost = (): number => hardWeight * hardOf() + softOf();

  greedyStart(compiled, state, random, cost);
  let firstFeasibleMs: number | null = hardOf() === 0 ? elapsed() : null;
  let currentHard = hardOf();
  let currentSoft = softOf();
  let best = { hard: currentHard, soft: currentSoft, starts: state.starts.slice(), rooms: state.rooms.slice() };

  const move = (i: number, start: number, room: number): void => {
    remove(state, i);
    place(state, i, start, room);
  };
  const randomPlacement = (i: number): [number, number] => {
    const starts = compiled.validStarts[i]!;
    return [starts[randomInt(random, starts.length)]!, randomInt(random, compiled.roomCount)];
  };
  let conflicted: number[] = [];
  const pickSession = (): number => {
    if (currentHard > 0 && random() < 0.7) {
      if (conflicted.length === 0 || random() < 0.02) {
        conflicted = [];
        for (let i = 0; i < n; i++) if (state.hard.involvement(i, state.starts[i]!, state.rooms[i]!) > 0 || (state.extra?.involvement?.(i) ?? 0) > 0) conflicted.push(i);
      }
      if (conflicted.length > 0) return conflicted[randomInt(random, conflicted.length)]!;
    }
    return randomInt(random, n);
  };
  /** Applies a random neighbour; returns how to undo it. */
  const neighbour = (): (() => void) => {
    const i = pickSession();
    const fromStart = state.starts[i]!;
    const fromRoom = state.rooms[i]!;
    if (random() < 0.5 && n > 1) {
      const j = randomInt(random, n);
      const toStart = state.starts[j]!;
      const toRoom = state.rooms[j]!;
      const fits = (session: number, start: number): boolean => compiled.crossesBlock[session * compiled.slotCount + start] === 0;
      if (j !== i && fits(i, toStart) && fits(j, fromStart)) {
        move(i, toStart, toRoom);
        move(j, fromStart, fromRoom);
        return () => { move(j, toStart, toRoom); move(i, fromStart, fromRoom); };
      }
    }
    const [start, room] = randomPlacement(i);
    move(i, start, room);
    return () => move(i, fromStart, fromRoom);
  };

  // Calibrate: the hard weight above typical soft changes, the start temperature so that a typical
  // worsening move is accepted about half the time, the end so that almost none is.
  const deltas: number[] = [];
  const softDeltas: number[] = [];
  for (let sample = 0; sample < Math.min(200, 20 * n); sample++) {
    const hardBefore = hardOf();
    const softBefore = softOf();
    const undo = neighbour();
    softDeltas.push(Math.abs(softOf() - softBefore));
    deltas.push(Math.abs(hardOf() - hardBefore));
    undo();
  }
  const meanSoftDelta = average(softDeltas.filter((d) => d > 0)) || 1;
  hardWeight = Math.max(100, 50 * meanSoftDelta);
  const worsening = deltas.map((d, k) => d * hardWeight + softDeltas[k]!).filter((d) => d > 0);
  const startTemperature = Math.max(1e-6, average(worsening) / Math.LN2 || 1);
  const endTemperature = Math.max(1e-9, startTemperature * 1e-4);

  let currentCost = cost();
  let iterations = 0;
  let temperature = startTemperature;
  let stoppedBy: SolveResult['stoppedBy'] = 'time';
  let lastProgress = 0;
  const progressEvery = options.progressEveryMs ?? 500;
  for (;;) {
    if ((iterations & 255) === 0) {
      const now = elapsed();
      if (options.signal?.aborted) { stoppedBy = 'abort'; break; }
      const done = Math.max(now / timeLimitMs, iterations / (options.iterationLimit ?? Number.POSITIVE_INFINITY));
      if (done >= 1) {
        if (now < timeLimitMs) stoppedBy = 'iterations';
        break;
      }
      temperature = startTemperature * Math.pow(endTemperature / startTemperature, done);
      if (options.onProgress && now - lastProgress >= progressEvery) {
        lastProgress = now;
        options.onProgress({ elapsedMs: now, iterations, temperature, currentHard, currentSoft, bestHard: best.hard, bestSoft: best.soft });
      }
    }
    iterations++;
    const undo = neighbour();
    const nextCost = cost();
    const delta = nextCost - currentCost;
    if (delta <= 0 || random() < Math.exp(-delta / temperature)) {
      currentCost = nextCost;
      currentHard = hardOf();
      currentSoft = softOf();
      if (currentHard === 0 && firstFeasibleMs === null) firstFeasibleMs = elapsed();
      if (currentHard < best.hard || (currentHard === best.hard && currentSoft < best.soft - 1e-9)) {
        best = { hard: currentHard, soft: currentSoft, starts: state.starts.slice(), rooms: state.rooms.slice() };
      }
    } else {
      undo();
    }
  }

  // Report the best from fresh counters, free of accumulated rounding.
  const final = newState(compiled, weights, options);
  for (let i = 0; i < n; i++) place(final, i, best.starts[i]!, best.rooms[i]!);
  const { problem } = compiled;
  return {
    placements: problem.sessions.map((session, i) => ({ sessionId: session.id, slotId: problem.slots[best.starts[i]!]!.id, roomId: problem.rooms[best.rooms[i]!]!.id })),
    starts: best.starts,
    rooms: best.rooms,
    hard: { total: final.hard.total + (final.extra?.hard() ?? 0), byKind: { ...final.hard.counts }, extra: final.extra?.hard() ?? 0 },
    soft: { total: final.soft.total + (final.extra?.soft() ?? 0), parts: { ...final.soft.parts }, extra: final.extra?.soft() ?? 0 },
    firstFeasibleMs,
    elapsedMs: elapsed(),
    iterations,
    stoppedBy,
  };
}

function newState(compiled: CompiledProblem, weights: SoftWeights, options: SolveOptions): State {
  return {
    hard: new HardConstraintCounter(compiled),
    soft: new SoftGoalCounter(compiled, weights),
    extra: options.extraTerm?.(compiled),
    starts: new Int32Array(compiled.sessionCount).fill(-1),
    rooms: new Int32Array(compiled.sessionCount).fill(-1),
  };
}

function place(state: State, i: number, start: number, room: number): void {
  state.hard.place(i, start, room);
  state.soft.place(i, start, room);
  state.extra?.place(i, start, room);
  state.starts[i] = start;
  state.rooms[i] = room;
}

function remove(state: State, i: number): void {
  const start = state.starts[i]!;
  const room = state.rooms[i]!;
  state.hard.remove(i, start, room);
  state.soft.remove(i, start, room);
  state.extra?.remove(i, start, room);
  state.starts[i] = -1;
  state.rooms[i] = -1;
}

/**
 * Places the most constrained sessions first (pinned, plenary, fewest placements free of fixed
 * violations, longest, most people), each where it adds least cost among its candidates.
 */
function greedyStart(compiled: CompiledProblem, state: State, random: () => number, cost: () => number): void {
  const { sessionCount: n, roomCount, slotCount } = compiled;
  const freePlacements = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let free = 0;
    for (const start of compiled.validStarts[i]!) {
      for (let r = 0; r < roomCount; r++) {
        if (compiled.unavailable[i * slotCount + start] === 0 && compiled.overCapacity[i * roomCount + r] === 0 && compiled.missingChannels[i * roomCount + r] === 0
          && (compiled.pinnedSlot[i]! < 0 || compiled.pinnedSlot[i] === start) && (compiled.pinnedRoom[i]! < 0 || compiled.pinnedRoom[i] === r)) free++;
      }
    }
    freePlacements[i] = free;
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) =>
    compiled.plenary[b]! - compiled.plenary[a]! || freePlacements[a]! - freePlacements[b]! || compiled.duration[b]! - compiled.duration[a]! || compiled.peopleOf[b]!.length - compiled.peopleOf[a]!.length);
  const maxCandidates = 300;
  for (const i of order) {
    const starts = compiled.validStarts[i]!;
    const all = starts.length * roomCount;
    let bestCost = Infinity;
    let bestStart = starts[0]!;
    let bestRoom = 0;
    const tryPlacement = (start: number, room: number): void => {
      place(state, i, start, room);
      const value = cost();
      remove(state, i);
      if (value < bestCost) { bestCost = value; bestStart = start; bestRoom = room; }
    };
    if (compiled.pinnedSlot[i]! >= 0 && compiled.pinnedRoom[i]! >= 0) tryPlacement(compiled.pinnedSlot[i]!, compiled.pinnedRoom[i]!);
    else if (all <= maxCandidates) { for (const start of starts) for (let r = 0; r < roomCount; r++) tryPlacement(start, r); }
    else for (let k = 0; k < maxCandidates; k++) tryPlacement(starts[randomInt(random, starts.length)]!, randomInt(random, roomCount));
    place(state, i, bestStart, bestRoom);
  }
}

function average(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}
