import type { CompiledProblem } from '../solver/compile-problem.js';
import type { ForumProblem, Placement } from '../solver/model.js';
import type { ExtraCostTerm } from '../solver/solve.js';

/** The sessions a repair may move, as a problem of their own, and what the held ones leave them. */
export interface ReducedProblem {
  problem: ForumProblem;
  /** Hard cost of using what held sessions occupy: their rooms, slots beside a held plenary, and interpreter teams. */
  heldTerm: (compiled: CompiledProblem) => ExtraCostTerm;
  held: Placement[];
}

/**
 * Leaves out the sessions held where they stand, so the solver searches among the few that may move:
 * the held ones' people are unavailable in their slots, and the rooms they take, a held plenary's slots
 * and, for a moving plenary, every slot where a held session runs, cost a hard violation each. Interpreter
 * teams held sessions use in a slot leave fewer there: each moving session beyond the rest costs one.
 *
 * @example
 *   const { problem: small, heldTerm, held } = holdSessions(problem, current, new Set(['w1', 'w2']));
 */
export function holdSessions(problem: ForumProblem, current: Placement[], free: Set<string>): ReducedProblem {
  const slotIndex = new Map(problem.slots.map((slot, t) => [slot.id, t]));
  const at = new Map(current.map((placement) => [placement.sessionId, placement]));
  const held = current.filter((placement) => !free.has(placement.sessionId));
  const busyPeople = new Map<string, Set<string>>();
  const takenCells = new Set<string>();
  const heldPerSlot = new Map<string, number>();
  const plenarySlots = new Set<string>();
  const teamsOf = new Map((problem.interpreterTeams ?? []).map(({ language, teams }) => [language, teams]));
  /** `language|slotId` → held sessions needing that language's interpreters then. */
  const heldTeamUse = new Map<string, number>();
  for (const session of problem.sessions) {
    const placement = at.get(session.id);
    if (free.has(session.id) || !placement) continue;
    const start = slotIndex.get(placement.slotId)!;
    for (let t = start; t < Math.min(problem.slots.length, start + session.durationSlots); t++) {
      const slotId = problem.slots[t]!.id;
      takenCells.add(`${slotId}|${placement.roomId}`);
      heldPerSlot.set(slotId, (heldPerSlot.get(slotId) ?? 0) + 1);
      if (session.plenary) plenarySlots.add(slotId);
      for (const language of new Set(session.interpretation)) {
        if (teamsOf.has(language)) heldTeamUse.set(`${language}|${slotId}`, (heldTeamUse.get(`${language}|${slotId}`) ?? 0) + 1);
      }
      for (const person of session.people) busyPeople.set(person.personId, (busyPeople.get(person.personId) ?? new Set()).add(slotId));
    }
  }
  const sessions = problem.sessions.filter((session) => free.has(session.id) || !at.has(session.id));
  const peopleIds = new Set(sessions.flatMap((session) => session.people.map((person) => person.personId)));
  const people = problem.people.filter((person) => peopleIds.has(person.id)).map((person) => {
    const busy = busyPeople.get(person.id);
    if (!busy) return person;
    const available = (person.availableSlotIds ?? problem.slots.map((slot) => slot.id)).filter((slotId) => !busy.has(slotId));
    return { ...person, availableSlotIds: available };
  });

  const heldTerm = (compiled: CompiledProblem): ExtraCostTerm => {
    const slots = compiled.problem.slots;
    const rooms = compiled.problem.rooms;
    const violationsAt = (session: number, start: number, room: number): number => {
      let count = 0;
      for (let t = start; t < Math.min(slots.length, start + compiled.duration[session]!); t++) {
        const slotId = slots[t]!.id;
        if (takenCells.has(`${slotId}|${rooms[room]!.id}`)) count++;
        if (compiled.plenary[session]) count += heldPerSlot.get(slotId) ?? 0;
        else if (plenarySlots.has(slotId)) count++;
      }
      return count;
    };
    const mine = new Int32Array(compiled.sessionCount);
    let total = 0;
    // The solver counts moving sessions beyond the teams among themselves; this adds what the held ones
    // take: per language and slot, over(held + moving) − over(moving), so nothing is counted twice.
    const movingTeamUse = new Map<string, number>();
    const teamCells = (session: number, start: number): { cell: string; teams: number }[] => {
      const languages = [...new Set(compiled.problem.sessions[session]!.interpretation)].filter((language) => teamsOf.has(language));
      if (languages.length === 0) return [];
      const cells: { cell: string; teams: number }[] = [];
      for (let t = start; t < Math.min(slots.length, start + compiled.duration[session]!); t++) {
        for (const language of languages) {
          const cell = `${language}|${slots[t]!.id}`;
          if (heldTeamUse.has(cell)) cells.push({ cell, teams: teamsOf.get(language)! });
        }
      }
      return cells;
    };
    const heldShare = (cell: string, teams: number): number => {
      const moving = movingTeamUse.get(cell) ?? 0;
      return Math.max(0, heldTeamUse.get(cell)! + moving - teams) - Math.max(0, moving - teams);
    };
    const shiftTeams = (session: number, start: number, by: 1 | -1): number => {
      let delta = 0;
      let involved = 0;
      for (const { cell, teams } of teamCells(session, start)) {
        const before = heldShare(cell, teams);
        movingTeamUse.set(cell, (movingTeamUse.get(cell) ?? 0) + by);
        delta += heldShare(cell, teams) - before;
        if (heldTeamUse.get(cell)! + (movingTeamUse.get(cell) ?? 0) > teams) involved++;
      }
      total += delta;
      return involved;
    };
    const teamInvolvement = new Int32Array(compiled.sessionCount);
    return {
      place(session, start, room) {
        mine[session] = violationsAt(session, start, room);
        total += mine[session]!;
        teamInvolvement[session] = heldTeamUse.size > 0 ? shiftTeams(session, start, 1) : 0;
      },
      remove(session, start) {
        total -= mine[session]!;
        mine[session] = 0;
        if (heldTeamUse.size > 0) shiftTeams(session, start, -1);
        teamInvolvement[session] = 0;
      },
      hard: () => total,
      soft: () => 0,
      involvement: (session) => mine[session]! + teamInvolvement[session]!,
    };
  };
  return { problem: { ...problem, sessions, people }, heldTerm, held };
}

/** Two cost terms as one. */
export function bothTerms(a: (compiled: CompiledProblem) => ExtraCostTerm, b: (compiled: CompiledProblem) => ExtraCostTerm): (compiled: CompiledProblem) => ExtraCostTerm {
  return (compiled) => {
    const first = a(compiled);
    const second = b(compiled);
    return {
      place(session, start, room) { first.place(session, start, room); second.place(session, start, room); },
      remove(session, start, room) { first.remove(session, start, room); second.remove(session, start, room); },
      hard: () => first.hard() + second.hard(),
      soft: () => first.soft() + second.soft(),
      involvement: (session) => (first.involvement?.(session) ?? 0) + (second.involvement?.(session) ?? 0),
    };
  };
}
