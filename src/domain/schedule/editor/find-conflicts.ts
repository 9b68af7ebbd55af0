import { compileProblem } from '../solver/compile-problem.js';
import { HardConstraintCounter, hardKinds, type HardKind } from '../solver/hard-constraints.js';
import type { ForumProblem } from '../solver/model.js';
import type { EditorProblem } from './forum-problem.js';

/** What is wrong with one session where it stands, naming who and what is involved. */
export type ScheduleConflict =
  | { kind: 'person-double-booked'; personId: string; otherSessionId: string }
  | { kind: 'unavailable'; personId: string; otherSessionId: string }
  /** The person said when they are available, and this is not then: their windows, in their zone. */
  | { kind: 'outside-availability'; personId: string; timeZone: string; windows: { startsAt: string; endsAt: string }[] }
  | { kind: 'room-double-booked'; roomId: string; otherSessionId: string }
  | { kind: 'over-capacity'; roomId: string; needed: number; capacity: number }
  | { kind: 'no-interpretation'; roomId: string; languages: string[] }
  /** More sessions need interpretation into `language` at once than it has `teams`: the others needing it then. */
  | { kind: 'no-interpreter-team'; language: string; teams: number; otherSessionIds: string[] }
  | { kind: 'plenary-not-alone'; otherSessionId: string }
  | { kind: 'beside-plenary'; otherSessionId: string }
  | { kind: 'crosses-block' };

export type ConflictKind = ScheduleConflict['kind'];

export interface ConflictReport {
  /** The solver's count of hard violations, by kind: what "solve" will try to bring to zero. */
  total: number;
  byKind: Record<HardKind, number>;
  bySession: Map<string, ScheduleConflict[]>;
}

/**
 * Live conflicts of the grid. The solver's hard-constraint counter tallies them and says which
 * sessions take part; each of those is then described: the person double-booked and with which
 * session, the room too small, the interpretation missing, the plenary not alone.
 *
 * @example
 *   const report = findConflicts(toForumProblem(program, { keepPins: false }));
 *   report.bySession.get(sessionId); // [{ kind: 'person-double-booked', personId, otherSessionId }]
 */
export function findConflicts({ problem, placements, busyElsewhere, windowsOf }: EditorProblem): ConflictReport {
  const compiled = compileProblem(problem);
  const counter = new HardConstraintCounter(compiled);
  const at = placements.map((placement) => ({
    session: compiled.sessionIndex.get(placement.sessionId)!, start: compiled.slotIndex.get(placement.slotId)!, room: compiled.roomIndex.get(placement.roomId)!,
  }));
  for (const { session, start, room } of at) counter.place(session, start, room);

  const T = compiled.slotCount;
  const R = compiled.roomCount;
  const inSlot: number[][] = Array.from({ length: T }, () => []);
  const where = new Map<number, { start: number; room: number }>();
  for (const { session, start, room } of at) {
    where.set(session, { start, room });
    for (let t = start; t < Math.min(T, start + compiled.duration[session]!); t++) inSlot[t]!.push(session);
  }
  const { sessions, slots, rooms } = problem;
  const availableIn = problem.people.map((person) => (windowsOf.has(person.id) && person.availableSlotIds ? new Set(person.availableSlotIds) : null));
  const short = shortOfInterpreters(problem, inSlot);
  const bySession = new Map<string, ScheduleConflict[]>();
  for (const { session: i, start, room } of at) {
    if (counter.involvement(i, start, room) === 0) continue;
    const found = new Map<string, ScheduleConflict>();
    const add = (conflict: ScheduleConflict) => found.set(JSON.stringify(conflict), conflict);
    const session = sessions[i]!;
    const roomId = rooms[room]!.id;
    if (compiled.overCapacity[i * R + room]) add({ kind: 'over-capacity', roomId, needed: session.expectedAttendance, capacity: rooms[room]!.capacity });
    if (compiled.missingChannels[i * R + room]) {
      add({ kind: 'no-interpretation', roomId, languages: session.interpretation.filter((language) => !rooms[room]!.interpretationChannels.includes(language)) });
    }
    for (const conflict of short.get(i) ?? []) add(conflict);
    if (compiled.crossesBlock[i * T + start]) add({ kind: 'crosses-block' });
    for (let t = start; t < Math.min(T, start + compiled.duration[i]!); t++) {
      for (const p of compiled.peopleOf[i]!) {
        const personId = problem.people[p]!.id;
        const elsewhere = busyElsewhere.get(`${personId}|${slots[t]!.id}`);
        if (elsewhere) add({ kind: 'unavailable', personId, otherSessionId: elsewhere });
        else if (availableIn[p] && !availableIn[p]!.has(slots[t]!.id)) {
          const { timeZone, available } = windowsOf.get(personId)!;
          add({ kind: 'outside-availability', personId, timeZone, windows: available.map(({ startsAt, endsAt }) => ({ startsAt, endsAt })) });
        }
      }
      for (const j of inSlot[t]!) {
        if (j === i) continue;
        const otherSessionId = sessions[j]!.id;
        if (where.get(j)!.room === room) add({ kind: 'room-double-booked', roomId, otherSessionId });
        for (const p of compiled.peopleOf[i]!) if (compiled.peopleOf[j]!.includes(p)) add({ kind: 'person-double-booked', personId: problem.people[p]!.id, otherSessionId });
        if (compiled.plenary[i]) add({ kind: 'plenary-not-alone', otherSessionId });
        else if (compiled.plenary[j]) add({ kind: 'beside-plenary', otherSessionId });
      }
    }
    if (found.size > 0) bySession.set(session.id, [...found.values()]);
  }
  const byKind = Object.fromEntries(hardKinds.map((kind) => [kind, counter.counts[kind]])) as Record<HardKind, number>;
  return { total: counter.total, byKind, bySession };
}

/**
 * For each session needing a language's interpreters in a slot where more sessions need them than
 * there are teams: the language, its teams, and the other sessions needing it then (over every slot
 * the session spans). Counted whether or not the room has the channel: without a team, a booth is silent.
 */
function shortOfInterpreters(problem: ForumProblem, inSlot: number[][]): Map<number, ScheduleConflict[]> {
  const short = new Map<number, ScheduleConflict[]>();
  for (const { language, teams } of problem.interpreterTeams ?? []) {
    const othersOf = new Map<number, Set<number>>();
    for (const running of inSlot) {
      const needing = [...new Set(running)].filter((i) => problem.sessions[i]!.interpretation.includes(language));
      if (needing.length <= teams) continue;
      for (const i of needing) {
        const others = othersOf.get(i) ?? new Set<number>();
        for (const j of needing) if (j !== i) others.add(j);
        othersOf.set(i, others);
      }
    }
    for (const [i, others] of othersOf) {
      const list = short.get(i) ?? [];
      list.push({ kind: 'no-interpreter-team', language, teams, otherSessionIds: [...others].sort((a, b) => a - b).map((j) => problem.sessions[j]!.id) });
      short.set(i, list);
    }
  }
  return short;
}
