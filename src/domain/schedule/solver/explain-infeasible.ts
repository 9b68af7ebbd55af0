import { compileProblem, type CompiledProblem } from './compile-problem.js';
import type { ForumProblem, Placement } from './model.js';

export type ConflictKind = 'person-overcommitted' | 'session-has-no-placement' | 'not-enough-room-slots' | 'plenaries-overlap' | 'pins-clash' | 'not-enough-interpreter-teams';

export interface Conflict {
  kind: ConflictKind;
  message: string;
  people: string[];
  sessions: string[];
  slots: string[];
  rooms: string[];
  /** With `not-enough-interpreter-teams`: the target language and its teams. */
  interpretation?: { language: string; teams: number };
}

export interface ExplainOptions {
  /** How a person's own availability reads ("only Tue 2 Oct 09:00–12:00 (America/Bogota)"), for people who gave some. */
  availabilityOf?: (personId: string) => string | undefined;
}

/**
 * Conflicts that make every schedule infeasible, each naming the people, sessions, windows and rooms
 * involved. Proven by counting (pigeonhole) and by checking each session's placements one by one, so
 * an empty answer means no such simple proof was found, not that a schedule exists.
 */
export function explainInfeasible(problem: ForumProblem, options: ExplainOptions = {}): Conflict[] {
  const compiled = compileProblem(problem);
  const windows = (personId: string) => {
    const said = options.availabilityOf?.(personId);
    return said ? `, available ${said}` : '';
  };
  const { slots, rooms, sessions, people } = problem;
  const T = compiled.slotCount;
  const R = compiled.roomCount;
  const conflicts: Conflict[] = [];
  const slotIds = (indices: Iterable<number>): string[] => [...indices].map((t) => slots[t]!.id);

  // Each person: the sessions they are in need more distinct slots than they are available.
  people.forEach((person, p) => {
    const theirs = [...compiled.sessionsOf[p]!];
    const needed = theirs.reduce((sum, i) => sum + compiled.duration[i]!, 0);
    const availableSlots = person.availableSlotIds ? new Set(person.availableSlotIds.map((id) => compiled.slotIndex.get(id)!)) : new Set(slots.map((_, t) => t));
    if (needed > availableSlots.size) {
      conflicts.push({
        kind: 'person-overcommitted',
        message: `${person.name} is in ${theirs.map((i) => sessions[i]!.id).join(', ')}, needing ${needed} slots, but is available in only ${availableSlots.size}${availableSlots.size ? ` (${slotIds(availableSlots).join(', ')})` : ''}${windows(person.id)}`,
        people: [person.id], sessions: theirs.map((i) => sessions[i]!.id), slots: slotIds(availableSlots), rooms: [],
      });
    }
  });

  // Each session: every placement breaks something fixed; say what, per cause.
  sessions.forEach((session, i) => {
    if (freePlacements(compiled, i).length > 0) return;
    const reasons: string[] = [];
    const involvedPeople = new Set<string>();
    const involvedRooms = new Set<string>();
    const involvedSlots = new Set<string>();
    const timeOk = [...compiled.validStarts[i]!].filter((start) => !compiled.crossesBlock[i * T + start] && (compiled.pinnedSlot[i]! < 0 || compiled.pinnedSlot[i] === start));
    const fittingRooms = rooms.map((_, r) => r).filter((r) => !compiled.overCapacity[i * R + r] && !compiled.missingChannels[i * R + r] && (compiled.pinnedRoom[i]! < 0 || compiled.pinnedRoom[i] === r));
    if (timeOk.length === 0) reasons.push(session.pin?.slotId ? `its pinned slot ${session.pin.slotId} cannot hold ${session.durationSlots} slots in one block` : `no block has ${session.durationSlots} consecutive slots`);
    else if (timeOk.every((start) => compiled.unavailable[i * T + start]! > 0)) {
      const away = session.people.filter(({ personId }) => {
        const person = people[compiled.personIndex.get(personId)!]!;
        return person.availableSlotIds !== undefined;
      });
      for (const { personId } of away) involvedPeople.add(personId);
      for (const start of timeOk) involvedSlots.add(slots[start]!.id);
      const named = away.map(({ personId }) => (options.availabilityOf ? `${people[compiled.personIndex.get(personId)!]!.name}${windows(personId)}` : personId));
      reasons.push(`its people (${named.join('; ')}) are never all available together in ${session.pin?.slotId ? `its pinned slot ${session.pin.slotId}` : 'any window'} of ${session.durationSlots} slot(s)`);
    }
    if (fittingRooms.length === 0) {
      const bigEnough = rooms.filter((_, r) => !compiled.overCapacity[i * R + r]);
      const withChannels = rooms.filter((_, r) => !compiled.missingChannels[i * R + r]);
      if (session.pin?.roomId) { reasons.push(`its pinned room ${session.pin.roomId} cannot hold it (capacity or interpretation)`); involvedRooms.add(session.pin.roomId); }
      if (bigEnough.length === 0) reasons.push(`no room seats ${session.expectedAttendance} (largest: ${Math.max(...rooms.map((r) => r.capacity))})`);
      if (withChannels.length === 0) reasons.push(`no room has interpretation into ${session.interpretation.join(', ')}`);
      if (bigEnough.length > 0 && withChannels.length > 0 && !session.pin?.roomId) {
        reasons.push(`the rooms big enough (${bigEnough.map((r) => r.id).join(', ')}) lack interpretation into ${session.interpretation.join(', ')}`);
        for (const room of bigEnough) involvedRooms.add(room.id);
      }
    }
    if (reasons.length === 0) reasons.push('its time and room requirements exclude each other');
    conflicts.push({ kind: 'session-has-no-placement', message: `${session.id} cannot be placed: ${reasons.join('; ')}`, people: [...involvedPeople], sessions: [session.id], slots: [...involvedSlots], rooms: [...involvedRooms] });
  });

  // Plenaries need slots to themselves; the rest need room-slots outside them.
  const plenaryIds = sessions.filter((s) => s.plenary).map((s) => s.id);
  const plenarySlots = sessions.filter((s) => s.plenary).reduce((sum, s) => sum + s.durationSlots, 0);
  if (plenarySlots > T) {
    conflicts.push({ kind: 'plenaries-overlap', message: `the plenaries ${plenaryIds.join(', ')} need ${plenarySlots} slots to themselves; there are ${T}`, people: [], sessions: plenaryIds, slots: slotIds(slots.keys()), rooms: [] });
  }
  const demand = sessions.filter((s) => !s.plenary).reduce((sum, s) => sum + s.durationSlots, 0);
  const supply = Math.max(0, T - plenarySlots) * R;
  if (demand > supply) {
    conflicts.push({ kind: 'not-enough-room-slots', message: `the sessions need ${demand} room-slots but ${R} rooms × ${Math.max(0, T - plenarySlots)} slots free of plenaries give ${supply}`, people: [], sessions: sessions.map((s) => s.id), slots: [], rooms: rooms.map((r) => r.id) });
  }

  // Each language with limited interpreter teams: its sessions need more session-slots than the teams
  // can cover in the slots where any of them could run at all.
  compiled.teamLanguages.forEach((language, l) => {
    const needing = sessions.map((_, i) => i).filter((i) => compiled.teamLanguagesOf[i]!.includes(l));
    if (needing.length === 0) return;
    const needed = needing.reduce((sum, i) => sum + compiled.duration[i]!, 0);
    const usable = new Set<number>();
    const usableRooms = new Set<number>();
    for (const i of needing) {
      for (const [start, room] of freePlacements(compiled, i)) {
        for (let t = start; t < start + compiled.duration[i]!; t++) usable.add(t);
        usableRooms.add(room);
      }
    }
    const teams = compiled.teams[l]!;
    if (needed <= teams * usable.size) return;
    const ids = needing.map((i) => sessions[i]!.id);
    const usableSlots = slotIds([...usable].sort((a, b) => a - b));
    conflicts.push({
      kind: 'not-enough-interpreter-teams',
      message: `${ids.join(', ')} need interpretation into ${language}, ${needed} session-slots in all, but ${teams} ${language} interpreter team(s) × ${usable.size} slot(s) where they can run${usable.size ? ` (${usableSlots.join(', ')})` : ''} give ${teams * usable.size}`,
      people: [], sessions: ids, slots: usableSlots, rooms: [...usableRooms].sort((a, b) => a - b).map((r) => rooms[r]!.id),
      interpretation: { language, teams },
    });
  });

  // Fully pinned sessions in the same room, or sharing a person, at overlapping times.
  const pinned = sessions.map((_, i) => i).filter((i) => compiled.pinnedSlot[i]! >= 0);
  for (let a = 0; a < pinned.length; a++) {
    for (let b = a + 1; b < pinned.length; b++) {
      const i = pinned[a]!;
      const j = pinned[b]!;
      const from = Math.max(compiled.pinnedSlot[i]!, compiled.pinnedSlot[j]!);
      const to = Math.min(compiled.pinnedSlot[i]! + compiled.duration[i]!, compiled.pinnedSlot[j]! + compiled.duration[j]!) - 1;
      if (from > to) continue;
      const overlapSlots = slotIds(Array.from({ length: to - from + 1 }, (_, k) => from + k));
      const sameRoom = compiled.pinnedRoom[i]! >= 0 && compiled.pinnedRoom[i] === compiled.pinnedRoom[j];
      const shared = [...compiled.peopleOf[i]!].filter((p) => compiled.peopleOf[j]!.includes(p)).map((p) => people[p]!.id);
      const plenary = compiled.plenary[i] || compiled.plenary[j];
      if (!sameRoom && shared.length === 0 && !plenary) continue;
      const why = sameRoom ? `both pinned to ${rooms[compiled.pinnedRoom[i]!]!.id}` : shared.length > 0 ? `both need ${shared.join(', ')}` : 'one is a plenary';
      conflicts.push({ kind: 'pins-clash', message: `${sessions[i]!.id} and ${sessions[j]!.id} are pinned to overlapping slots (${overlapSlots.join(', ')}) and ${why}`, people: shared, sessions: [sessions[i]!.id, sessions[j]!.id], slots: overlapSlots, rooms: sameRoom ? [rooms[compiled.pinnedRoom[i]!]!.id] : [] });
    }
  }
  return conflicts;
}

/** Start and room of each placement of session i that breaks nothing fixed (time, people, room, pins). */
function freePlacements(compiled: CompiledProblem, i: number): [number, number][] {
  const T = compiled.slotCount;
  const R = compiled.roomCount;
  const found: [number, number][] = [];
  for (const start of compiled.validStarts[i]!) {
    if (compiled.crossesBlock[i * T + start] || compiled.unavailable[i * T + start]) continue;
    if (compiled.pinnedSlot[i]! >= 0 && compiled.pinnedSlot[i] !== start) continue;
    for (let r = 0; r < R; r++) {
      if (compiled.overCapacity[i * R + r] || compiled.missingChannels[i * R + r]) continue;
      if (compiled.pinnedRoom[i]! >= 0 && compiled.pinnedRoom[i] !== r) continue;
      found.push([start, r]);
    }
  }
  return found;
}

/** What a schedule still breaks, by session, for when no proof of infeasibility was found. */
export function describeRemainingViolations(problem: ForumProblem, placements: Placement[]): string[] {
  const compiled = compileProblem(problem);
  const at = new Map(placements.map((p) => [p.sessionId, p]));
  const messages: string[] = [];
  const T = compiled.slotCount;
  const R = compiled.roomCount;
  const occupied = new Map<string, string[]>();
  problem.sessions.forEach((session, i) => {
    const placement = at.get(session.id);
    if (!placement) { messages.push(`${session.id} is not placed`); return; }
    const start = compiled.slotIndex.get(placement.slotId)!;
    const r = compiled.roomIndex.get(placement.roomId)!;
    if (compiled.unavailable[i * T + start]) messages.push(`${session.id} at ${placement.slotId}: some of its people are unavailable`);
    if (compiled.overCapacity[i * R + r]) messages.push(`${session.id} in ${placement.roomId}: ${session.expectedAttendance} expected, room too small`);
    if (compiled.missingChannels[i * R + r]) messages.push(`${session.id} in ${placement.roomId}: missing interpretation channels`);
    for (let t = start; t < Math.min(T, start + compiled.duration[i]!); t++) {
      for (const key of [`room ${placement.roomId} at ${problem.slots[t]!.id}`, ...[...compiled.peopleOf[i]!].map((p) => `${problem.people[p]!.id} at ${problem.slots[t]!.id}`)]) {
        occupied.set(key, [...(occupied.get(key) ?? []), session.id]);
      }
    }
  });
  for (const [key, list] of occupied) if (list.length > 1) messages.push(`${key}: ${list.join(', ')}`);
  const interpreted = new Map<string, string[]>();
  problem.sessions.forEach((session, i) => {
    const placement = at.get(session.id);
    if (!placement) return;
    const start = compiled.slotIndex.get(placement.slotId)!;
    for (let t = start; t < Math.min(T, start + compiled.duration[i]!); t++) {
      for (const l of compiled.teamLanguagesOf[i]!) {
        const key = `${l} ${t}`;
        interpreted.set(key, [...(interpreted.get(key) ?? []), session.id]);
      }
    }
  });
  for (const [key, list] of interpreted) {
    const [l, t] = key.split(' ').map(Number) as [number, number];
    if (list.length > compiled.teams[l]!) messages.push(`${compiled.teamLanguages[l]} at ${problem.slots[t]!.id}: ${list.join(', ')} need interpretation, ${compiled.teams[l]} team(s)`);
  }
  return messages;
}
