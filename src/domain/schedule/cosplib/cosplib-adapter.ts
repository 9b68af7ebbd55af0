import type { CompiledProblem } from '../solver/compile-problem.js';
import type { ForumProblem } from '../solver/model.js';
import { solveCompiled, type ExtraCostTerm, type SolveOptions, type SolveResult } from '../solver/solve.js';
import { compileProblem } from '../solver/compile-problem.js';
import { compileCosplib, type CompiledCosplib } from './compiled-instance.js';
import { evaluateIndexedCosplib, type CosplibEvaluation, type IndexedCosplibAssignment } from './evaluate.js';
import type { CosplibAssignment, CosplibInstance } from './instance.js';

const clock = (minutes: number): string => `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(Math.round(minutes % 60)).padStart(2, '0')}`;

/**
 * A CoSPLib instance as our forum model: each CoSPLib session is a block of slots, each submission a
 * session lasting its required slots. CoSPLib has no capacities, channels or availability, and its
 * people conflicts are soft, so those stay out of the model and are scored by {@link cosplibCostTerm}.
 */
export function cosplibToForumProblem(instance: CosplibInstance): ForumProblem {
  return {
    slots: instance.sessions.flatMap((session) => {
      const length = (((session.end - session.start) % 1440) + 1440) % 1440 / session.slotCount;
      return Array.from({ length: session.slotCount }, (_, k) => ({
        id: `${session.name}#${k + 1}`, day: session.name, block: session.name,
        start: clock(session.start + k * length), end: clock(session.start + (k + 1) * length),
      }));
    }),
    rooms: instance.rooms.map((room) => ({ id: room, capacity: Number.MAX_SAFE_INTEGER, interpretationChannels: [] })),
    sessions: instance.submissions.map((submission) => ({
      id: submission.id, durationSlots: submission.requiredSlots, expectedAttendance: 0, language: '', interpretation: [],
      plenary: false, themes: [instance.tracks[submission.track]!.name], people: [],
    })),
    people: [],
  };
}

/** The solver's placements back in CoSPLib's grids; a cell's track is that of its talks. */
export function forumScheduleToCosplib(instance: CosplibInstance, starts: Int32Array, rooms: Int32Array): CosplibAssignment {
  const compiled = compileCosplib(instance);
  const indexed = indexedFromPlacements(compiled, starts, rooms);
  const R = instance.rooms.length;
  return {
    tracks: instance.sessions.map((_, s) => instance.rooms.map((__, r) => {
      const t = indexed.tracks[s * R + r]!;
      return t < 0 ? null : instance.tracks[t]!.name;
    })),
    slots: instance.sessions.map((session, s) => instance.rooms.map((__, r) => Array.from({ length: session.slotCount }, (___, k) => {
      const i = indexed.slots[(compiled.slotOffset[s]! + k) * R + r]!;
      return i < 0 ? null : instance.submissions[i]!.id;
    }))),
  };
}

/** Global slot row (as in CompiledCosplib.slotOffset) → the CoSPLib session holding it. */
function sessionOfRow(compiled: CompiledCosplib): Int32Array {
  const owner = new Int32Array(compiled.slotRowCount);
  compiled.slotOffset.forEach((offset, s) => owner.fill(s, offset, offset + compiled.instance.sessions[s]!.slotCount));
  return owner;
}

function indexedFromPlacements(compiled: CompiledCosplib, starts: Int32Array, rooms: Int32Array, owner = sessionOfRow(compiled)): IndexedCosplibAssignment {
  const { instance } = compiled;
  const R = instance.rooms.length;
  const tracks = new Int32Array(instance.sessions.length * R).fill(-1);
  const slots = new Int32Array(compiled.slotRowCount * R).fill(-1);
  for (let i = 0; i < starts.length; i++) {
    if (starts[i]! < 0) continue;
    const submission = instance.submissions[i]!;
    for (let k = 0; k < submission.requiredSlots; k++) {
      const row = starts[i]! + k;
      if (row >= compiled.slotRowCount) break;
      slots[row * R + rooms[i]!] = i;
      const cell = owner[row]! * R + rooms[i]!;
      if (tracks[cell]! < 0) tracks[cell] = submission.track;
    }
  }
  return { tracks, slots, unknownNames: [] };
}

/**
 * CoSPLib's objective as an extra cost for our solver: hard, one track per cell (talks of different
 * tracks sharing a session-room cannot be written as a CoSPLib solution); soft, the official objective
 * computed by our evaluator. Tracks per cell are counted incrementally; the objective is re-evaluated in
 * full, lazily, once per changed schedule.
 */
export function cosplibCostTerm(compiled: CompiledCosplib): (model: CompiledProblem) => ExtraCostTerm {
  return (model) => {
    const { instance } = compiled;
    const R = instance.rooms.length;
    const T = instance.tracks.length;
    const owner = sessionOfRow(compiled);
    const starts = new Int32Array(model.sessionCount).fill(-1);
    const rooms = new Int32Array(model.sessionCount).fill(-1);
    const cellTrackCount = new Int32Array(instance.sessions.length * R * T);
    const cellTracks = new Int32Array(instance.sessions.length * R);
    let mixed = 0;
    let cached: number | null = null;
    const change = (i: number, start: number, room: number, sign: 1 | -1): void => {
      const cell = owner[start]! * R + room;
      const key = cell * T + instance.submissions[i]!.track;
      const before = Math.max(0, cellTracks[cell]! - 1);
      const count = cellTrackCount[key]! + sign;
      cellTrackCount[key] = count;
      if (sign === 1 && count === 1) cellTracks[cell]!++;
      if (sign === -1 && count === 0) cellTracks[cell]!--;
      mixed += Math.max(0, cellTracks[cell]! - 1) - before;
      starts[i] = sign === 1 ? start : -1;
      rooms[i] = sign === 1 ? room : -1;
      cached = null;
    };
    return {
      place: (i, start, room) => change(i, start, room, 1),
      remove: (i, start, room) => change(i, start, room, -1),
      hard: () => mixed,
      involvement: (i) => (starts[i]! >= 0 && cellTracks[owner[starts[i]!]! * R + rooms[i]!]! > 1 ? 1 : 0),
      soft: () => (cached ??= evaluateIndexedCosplib(compiled, indexedFromPlacements(compiled, starts, rooms, owner), true).total),
    };
  };
}

export interface CosplibSolveResult {
  assignment: CosplibAssignment;
  solve: SolveResult;
}

/** Runs our solver on a CoSPLib instance with CoSPLib's objective. */
export function solveCosplib(instance: CosplibInstance, options: Omit<SolveOptions, 'extraTerm' | 'weights'> = {}): CosplibSolveResult {
  const compiled = compileCosplib(instance);
  const model = compileProblem(cosplibToForumProblem(instance));
  const solve = solveCompiled(model, {
    ...options,
    weights: { similarThemesInParallel: 0, audienceOverlap: 0, speakerPreferredTimes: 0, balancedSlots: 0 },
    extraTerm: cosplibCostTerm(compiled),
  });
  return { assignment: forumScheduleToCosplib(instance, solve.starts, solve.rooms), solve };
}

export type { CosplibEvaluation };
