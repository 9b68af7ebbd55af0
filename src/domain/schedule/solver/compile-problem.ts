import { asleepTable } from './hours-asleep.js';
import type { ForumProblem } from './model.js';

/** The problem by index, with per-placement facts computed once. */
export interface CompiledProblem {
  problem: ForumProblem;
  slotCount: number;
  roomCount: number;
  sessionCount: number;
  personCount: number;
  duration: Int32Array;
  plenary: Uint8Array;
  attendance: Float64Array;
  /** People of each session, by index, without repeats. */
  peopleOf: Int32Array[];
  sessionsOf: Int32Array[];
  /** Starting slots where the whole session fits in one block. */
  validStarts: Int32Array[];
  /** [session * slots + start]: 1 if the session would run past its block from there. */
  crossesBlock: Uint8Array;
  /** [session * slots + start]: person-slots of the session's people outside their availability. */
  unavailable: Int32Array;
  /** [session * slots + start]: speaker-slots outside the speakers' preferred slots (soft). */
  unpreferred: Int32Array;
  /** [session * slots + start]: person-hours outside waking hours if held in a virtual room (soft). */
  asleep: Float64Array;
  /** 1 for a virtual room. */
  virtualRoom: Uint8Array;
  /** [session * rooms + room] */
  overCapacity: Uint8Array;
  missingChannels: Int32Array;
  /** Languages with a limited number of interpreter teams (`ForumProblem.interpreterTeams`), by index. */
  teamLanguages: string[];
  /** [language]: teams of each limited language, i.e. sessions needing it that may run in one slot. */
  teams: Int32Array;
  /** [session]: the limited languages (indices into `teamLanguages`) it must be interpreted into, without repeats. */
  teamLanguagesOf: Int32Array[];
  pinnedSlot: Int32Array;
  pinnedRoom: Int32Array;
  slotIndex: Map<string, number>;
  roomIndex: Map<string, number>;
  sessionIndex: Map<string, number>;
  personIndex: Map<string, number>;
}

export function compileProblem(problem: ForumProblem): CompiledProblem {
  const slotCount = problem.slots.length;
  const roomCount = problem.rooms.length;
  const sessionCount = problem.sessions.length;
  const personCount = problem.people.length;
  const slotIndex = indexById(problem.slots);
  const roomIndex = indexById(problem.rooms);
  const sessionIndex = indexById(problem.sessions);
  const personIndex = indexById(problem.people);
  const blockOf = problem.slots.map((slot) => slot.block ?? slot.day);

  const available = new Uint8Array(personCount * slotCount).fill(1);
  const preferred = new Uint8Array(personCount * slotCount).fill(1);
  problem.people.forEach((person, p) => {
    if (person.availableSlotIds) {
      available.fill(0, p * slotCount, (p + 1) * slotCount);
      for (const id of person.availableSlotIds) available[p * slotCount + lookup(slotIndex, id, `${person.id}'s availability`)] = 1;
    }
    if (person.preferredSlotIds) {
      preferred.fill(0, p * slotCount, (p + 1) * slotCount);
      for (const id of person.preferredSlotIds) preferred[p * slotCount + lookup(slotIndex, id, `${person.id}'s preferred slots`)] = 1;
    }
  });

  const duration = new Int32Array(sessionCount);
  const plenary = new Uint8Array(sessionCount);
  const attendance = new Float64Array(sessionCount);
  const peopleOf: Int32Array[] = [];
  const speakersOf: number[][] = [];
  const sessionsOfPerson: number[][] = problem.people.map(() => []);
  const validStarts: Int32Array[] = [];
  const crossesBlock = new Uint8Array(sessionCount * slotCount);
  const unavailable = new Int32Array(sessionCount * slotCount);
  const unpreferred = new Int32Array(sessionCount * slotCount);
  const overCapacity = new Uint8Array(sessionCount * roomCount);
  const missingChannels = new Int32Array(sessionCount * roomCount);
  const pinnedSlot = new Int32Array(sessionCount).fill(-1);
  const pinnedRoom = new Int32Array(sessionCount).fill(-1);

  problem.sessions.forEach((session, i) => {
    const d = Math.max(1, Math.floor(session.durationSlots));
    duration[i] = d;
    plenary[i] = session.plenary ? 1 : 0;
    attendance[i] = session.expectedAttendance;
    const people = [...new Set(session.people.map((role) => lookup(personIndex, role.personId, `${session.id}'s people`)))];
    peopleOf.push(Int32Array.from(people));
    for (const p of people) sessionsOfPerson[p]!.push(i);
    speakersOf.push([...new Set(session.people.filter((role) => role.role === 'speaker').map((role) => personIndex.get(role.personId)!))]);
    if (session.pin?.slotId !== undefined) pinnedSlot[i] = lookup(slotIndex, session.pin.slotId, `${session.id}'s pin`);
    if (session.pin?.roomId !== undefined) pinnedRoom[i] = lookup(roomIndex, session.pin.roomId, `${session.id}'s pin`);
    const starts: number[] = [];
    for (let start = 0; start < slotCount; start++) {
      const end = start + d - 1;
      const fits = end < slotCount && blockOf[end] === blockOf[start];
      crossesBlock[i * slotCount + start] = fits ? 0 : 1;
      if (fits) starts.push(start);
      let away = 0;
      let unliked = 0;
      for (let t = start; t <= Math.min(end, slotCount - 1); t++) {
        for (const p of people) if (!available[p * slotCount + t]) away++;
        for (const p of speakersOf[i]!) if (!preferred[p * slotCount + t]) unliked++;
      }
      unavailable[i * slotCount + start] = away;
      unpreferred[i * slotCount + start] = unliked;
    }
    validStarts.push(Int32Array.from(starts.length > 0 ? starts : [0]));
    problem.rooms.forEach((room, r) => {
      overCapacity[i * roomCount + r] = session.expectedAttendance > room.capacity ? 1 : 0;
      missingChannels[i * roomCount + r] = session.interpretation.filter((language) => !room.interpretationChannels.includes(language)).length;
    });
  });

  const teamLanguages: string[] = [];
  const teamIndex = new Map<string, number>();
  for (const { language, teams } of problem.interpreterTeams ?? []) {
    if (teamIndex.has(language)) throw new Error(`interpreter teams: "${language}" appears twice`);
    if (!Number.isFinite(teams)) throw new Error(`interpreter teams: ${language} must have a number of teams`);
    teamIndex.set(language, teamLanguages.length);
    teamLanguages.push(language);
  }
  const teams = Int32Array.from(problem.interpreterTeams ?? [], (entry) => Math.max(0, Math.floor(entry.teams)));
  const teamLanguagesOf = problem.sessions.map((session) =>
    Int32Array.from(new Set(session.interpretation.filter((language) => teamIndex.has(language)).map((language) => teamIndex.get(language)!))));

  const virtualRoom = Uint8Array.from(problem.rooms, (room) => (room.virtual ? 1 : 0));
  const asleep = virtualRoom.includes(1) ? asleepTable(problem, duration, sessionIndex, personIndex) : new Float64Array(sessionCount * slotCount);

  return {
    problem, asleep, virtualRoom, slotCount, roomCount, sessionCount, personCount, duration, plenary, attendance, peopleOf,
    sessionsOf: sessionsOfPerson.map((list) => Int32Array.from(list)),
    validStarts, crossesBlock, unavailable, unpreferred, overCapacity, missingChannels, teamLanguages, teams, teamLanguagesOf, pinnedSlot, pinnedRoom,
    slotIndex, roomIndex, sessionIndex, personIndex,
  };
}

function indexById(items: { id: string }[]): Map<string, number> {
  const index = new Map<string, number>();
  items.forEach((item, i) => {
    if (index.has(item.id)) throw new Error(`"${item.id}" appears twice`);
    index.set(item.id, i);
  });
  return index;
}

function lookup(index: Map<string, number>, id: string, where: string): number {
  const found = index.get(id);
  if (found === undefined) throw new Error(`${where}: unknown "${id}"`);
  return found;
}
