import type { ForumPerson, ForumProblem, ForumRole, ForumSession, ForumSlot } from './model.js';
import { randomInt, seededRandom } from './random.js';

export interface GeneratedForumShape {
  seed: number;
  days: number;
  slotsPerDay: number;
  rooms: number;
  sessions: number;
  people: number;
  themes?: number;
  /** Share of sessions lasting two slots. */
  longShare?: number;
  plenaries?: number;
  pinShare?: number;
  /** Share of people available only on part of the forum. */
  partlyAvailableShare?: number;
  /** Chance that a session needs interpretation into each of its hidden room's channels (other than its own language); default 0.5. */
  interpretationShare?: number;
  /**
   * `planted-peak`: per language some session needs, as many interpreter teams as the hidden schedule
   * needs at its busiest slot (feasible; binds only when the search would crowd a language more than the
   * hidden schedule does). A number k: k teams for every language, and a session's interpretation into a
   * language is dropped where the hidden schedule already runs k sessions needing it, so it stays
   * feasible and the limit binds in nearly every slot. Default `unlimited` (no `interpreterTeams`). Neither
   * draws more random numbers: the rest of the forum is the same as without.
   */
  interpreterTeams?: 'unlimited' | 'planted-peak' | number;
}

const languages = ['fr', 'es', 'en'];

/**
 * Bilbao 2018: 45 workshops in 9 slots (3 days of 3) × 5 rooms, about 150 people. `scale` multiplies rooms,
 * sessions, people (rounded: 0.2 gives 1 room, 9 sessions, 30 people; 0.5 gives 3 rooms, 23 sessions).
 */
export function bilbaoShape(seed: number, scale = 1): GeneratedForumShape {
  const scaled = (count: number): number => Math.max(1, Math.round(count * scale));
  return { seed, days: 3, slotsPerDay: 3, rooms: scaled(5), sessions: scaled(45), people: scaled(150), themes: 8, longShare: 0, plenaries: 0, pinShare: 0.02, partlyAvailableShare: 0.2 };
}

/**
 * A forum built around a hidden schedule that satisfies every hard constraint, so a feasible schedule is
 * known to exist: availability, capacity, channels, pins and plenary slots are all drawn to fit it.
 */
export function generatePlantedForum(shape: GeneratedForumShape): { problem: ForumProblem; planted: Map<string, { slot: number; room: number }> } {
  const random = seededRandom(shape.seed);
  const slots: ForumSlot[] = [];
  for (let d = 0; d < shape.days; d++) {
    for (let k = 0; k < shape.slotsPerDay; k++) {
      const hour = 9 + k * 2 + (k >= shape.slotsPerDay / 2 ? 1 : 0);
      slots.push({ id: `d${d + 1}s${k + 1}`, day: `2018-10-0${1 + (d % 9)}`, start: `${String(hour).padStart(2, '0')}:00`, end: `${String(hour + 1).padStart(2, '0')}:30`, block: `day${d + 1}` });
    }
  }
  const T = slots.length;
  const themeNames = Array.from({ length: shape.themes ?? 6 }, (_, k) => `theme-${k + 1}`);
  const roomUse = Array.from({ length: shape.rooms }, () => new Uint8Array(T));
  const plenarySlots = new Set<number>();
  while (plenarySlots.size < Math.min(shape.plenaries ?? 0, T - 1)) plenarySlots.add(randomInt(random, T));
  const planted = new Map<string, { slot: number; room: number }>();
  const sessions: ForumSession[] = [];
  const span = (start: number, length: number): number[] => Array.from({ length }, (_, k) => start + k);
  for (const t of plenarySlots) {
    const id = `plenary-${sessions.length + 1}`;
    for (const use of roomUse) use[t] = 1;
    planted.set(id, { slot: t, room: 0 });
    sessions.push(newSession(id, 1, true));
  }
  for (let k = 0; k < shape.sessions; k++) {
    const length = random() < (shape.longShare ?? 0.1) ? 2 : 1;
    // Free cells in the hidden schedule; stop when the grid is full.
    const options: { slot: number; room: number }[] = [];
    for (let r = 0; r < shape.rooms; r++) {
      for (let t = 0; t + length <= T; t++) {
        if (slots[t]!.block !== slots[t + length - 1]!.block) continue;
        if (span(t, length).every((u) => !roomUse[r]![u] && !plenarySlots.has(u))) options.push({ slot: t, room: r });
      }
    }
    if (options.length === 0) break;
    const at = options[randomInt(random, options.length)]!;
    for (const u of span(at.slot, length)) roomUse[at.room]![u] = 1;
    const id = `workshop-${k + 1}`;
    planted.set(id, at);
    sessions.push(newSession(id, length, false));
  }

  const people: ForumPerson[] = Array.from({ length: shape.people }, (_, p) => ({ id: `person-${p + 1}`, name: `Person ${p + 1}` }));
  const busy = people.map(() => new Set<number>());
  const roles: ForumRole[] = ['speaker', 'speaker', 'speaker', 'moderator'];
  sessions.forEach((session) => {
    const at = planted.get(session.id)!;
    const times = span(at.slot, session.durationSlots);
    const wanted = session.plenary ? 4 : 2 + randomInt(random, 3);
    for (let tries = 0; session.people.length < wanted && tries < 40; tries++) {
      const p = randomInt(random, people.length);
      if (times.some((t) => busy[p]!.has(t)) || session.people.some((x) => x.personId === people[p]!.id)) continue;
      for (const t of times) busy[p]!.add(t);
      session.people.push({ personId: people[p]!.id, role: roles[session.people.length % roles.length]! });
    }
  });
  people.forEach((person, p) => {
    if (random() < (shape.partlyAvailableShare ?? 0.2)) {
      person.availableSlotIds = slots.map((slot, t) => (busy[p]!.has(t) || random() < 0.5 ? slot.id : null)).filter((id): id is string => id !== null);
    }
    if (random() < 0.3) person.preferredSlotIds = slots.filter(() => random() < 0.5).map((slot) => slot.id);
  });

  const teamsPerLanguage = typeof shape.interpreterTeams === 'number' ? Math.max(0, Math.floor(shape.interpreterTeams)) : null;
  const interpretedIn = new Map(languages.map((language) => [language, new Int32Array(T)]));
  const rooms = Array.from({ length: shape.rooms }, (_, r) => ({ id: `room-${r + 1}`, capacity: 0, interpretationChannels: languages.filter(() => random() < 0.6) }));
  for (const session of sessions) {
    const at = planted.get(session.id)!;
    const room = rooms[at.room]!;
    session.expectedAttendance = session.plenary ? 200 : 20 + randomInt(random, 100);
    room.capacity = Math.max(room.capacity, session.expectedAttendance + randomInt(random, 40));
    session.interpretation = room.interpretationChannels.filter((language) => language !== session.language && random() < (shape.interpretationShare ?? 0.5));
    if (teamsPerLanguage !== null) {
      const times = span(at.slot, session.durationSlots);
      session.interpretation = session.interpretation.filter((language) => times.every((t) => interpretedIn.get(language)![t]! < teamsPerLanguage));
      for (const language of session.interpretation) for (const t of times) interpretedIn.get(language)![t]!++;
    }
    if (random() < (shape.pinShare ?? 0.05)) session.pin = random() < 0.5 ? { slotId: slots[at.slot]!.id } : { slotId: slots[at.slot]!.id, roomId: room.id };
  }
  // A plenary is pinned to no room in particular but every room must hold it.
  for (const room of rooms) room.capacity = Math.max(room.capacity, 60);
  for (const session of sessions) if (session.plenary) session.expectedAttendance = Math.min(session.expectedAttendance, Math.max(...rooms.map((r) => r.capacity)));

  const interest = Array.from({ length: shape.people * 2 }, () => ({ sessionIds: Array.from({ length: 3 }, () => sessions[randomInt(random, sessions.length)]!.id) }));
  const themeSimilarity = themeNames.slice(1).map((b, k) => ({ a: themeNames[k]!, b, similarity: 0.5 }));
  const problem: ForumProblem = { slots, rooms, sessions, people, themeSimilarity, interest };
  // Drawn from nothing random, so the rest of the instance is the same with or without teams.
  if (shape.interpreterTeams === 'planted-peak') problem.interpreterTeams = plantedPeakTeams(sessions, planted, T);
  if (teamsPerLanguage !== null) problem.interpreterTeams = languages.map((language) => ({ language, teams: teamsPerLanguage }));
  return { problem, planted };

  function newSession(id: string, durationSlots: number, plenary: boolean): ForumSession {
    return {
      id, durationSlots, plenary, expectedAttendance: 0,
      language: languages[randomInt(random, languages.length)]!, interpretation: [],
      themes: [themeNames[randomInt(random, themeNames.length)]!, ...(random() < 0.4 ? [themeNames[randomInt(random, themeNames.length)]!] : [])],
      people: [],
    };
  }
}

/** Per language some session needs, the most sessions needing it that the planted schedule runs in one slot. */
function plantedPeakTeams(sessions: ForumSession[], planted: Map<string, { slot: number }>, slotCount: number): { language: string; teams: number }[] {
  const need = new Map<string, Int32Array>();
  for (const session of sessions) {
    const at = planted.get(session.id)!;
    for (const language of new Set(session.interpretation)) {
      if (!need.has(language)) need.set(language, new Int32Array(slotCount));
      for (let t = at.slot; t < at.slot + session.durationSlots; t++) need.get(language)![t]!++;
    }
  }
  return [...need].sort(([a], [b]) => a.localeCompare(b)).map(([language, perSlot]) => ({ language, teams: Math.max(...perSlot) }));
}
