import { DateTime } from 'luxon';
import { zoneForPlace } from '../../archive/import/place-time-zone.js';
import type { ForumPerson, ForumProblem, ForumRole, ForumSession, Placement } from '../solver/model.js';
import type { EditorProgram, EditorSession } from './editor-program.js';

/** The solver's problem for the sessions of the grid, and what ties it back to the program. */
export interface EditorProblem {
  problem: ForumProblem;
  /** Where the grid's sessions stand now (unassigned ones are absent). */
  placements: Placement[];
  /** `personId|slotId` → the session outside every slot that keeps the person busy then. */
  busyElsewhere: Map<string, string>;
  /** People who said when they are available: their zone and `available` windows, to name them in conflicts. */
  windowsOf: Map<string, PersonWindows>;
}

export interface PersonWindows {
  timeZone: string;
  available: { startsAt: string; endsAt: string }[];
}

const unlimitedSeats = Number.MAX_SAFE_INTEGER;
/** A session at its own time without an end is taken to last this long. */
const defaultOutsideMinutes = 60;

/**
 * The solver's view of the program: every session placed in the grid or waiting for a place (sessions
 * held at times of their own outside the slots stay put, and make their people unavailable in the slots
 * they overlap). Pins become the solver's pins when `keepPins`.
 *
 * @example
 *   const { problem, placements } = toForumProblem(program, { keepPins: true });
 *   solveSchedule(problem, { timeLimitMs: 2_000 });
 */
export function toForumProblem(program: EditorProgram, options: { keepPins: boolean }): EditorProblem {
  const zone = program.edition.time_zone;
  const clock = (instant: string) => DateTime.fromISO(instant, { zone: 'utc' }).setZone(zone).toFormat('HH:mm');
  const gridSessions = program.sessions.filter((session) => session.placement.state !== 'outside');
  const busyElsewhere = new Map<string, string>();
  for (const session of program.sessions) {
    if (session.placement.state !== 'outside') continue;
    const start = Date.parse(session.placement.startsAt);
    const end = session.placement.endsAt ? Date.parse(session.placement.endsAt) : start + (session.durationMinutes ?? defaultOutsideMinutes) * 60_000;
    for (const slot of program.slots) {
      if (start < Date.parse(slot.endsAt) && end > Date.parse(slot.startsAt)) {
        for (const person of session.people) busyElsewhere.set(`${person.personId}|${slot.id}`, session.id);
      }
    }
  }
  const people = new Map<string, ForumPerson>();
  for (const session of gridSessions) for (const person of session.people) {
    // The zone the person gave wins; else their country's, when it has one main zone; else the event's.
    const personZone = program.availability.get(person.personId)?.timeZone ?? (person.country ? zoneForPlace(null, person.country) : null);
    people.set(person.personId, { id: person.personId, name: person.name, ...(personZone ? { timeZone: personZone } : {}) });
  }
  const windowsOf = new Map<string, PersonWindows>();
  for (const person of people.values()) {
    const windows = program.availability.get(person.id)?.windows ?? [];
    const available = windows.filter((window) => window.kind === 'available');
    const preferred = windows.filter((window) => window.kind === 'preferred');
    if (available.length > 0) windowsOf.set(person.id, { timeZone: person.timeZone ?? zone, available });
    // A slot counts only when the whole of it lies inside one window: half a workshop is no use.
    const joined = joinTouching(available);
    const inWindow = (slot: EditorProgram['slots'][number]) => joined.length === 0 || joined.some((window) => within(slot, window));
    const allowed = program.slots.filter((slot) => !busyElsewhere.has(`${person.id}|${slot.id}`) && inWindow(slot));
    if (allowed.length < program.slots.length) person.availableSlotIds = allowed.map((slot) => slot.id);
    if (preferred.length > 0) person.preferredSlotIds = program.slots.filter((slot) => preferred.some((window) => overlaps(slot, window))).map((slot) => slot.id);
  }
  const problem: ForumProblem = {
    timeZone: zone,
    slots: program.slots.map((slot) => ({ id: slot.id, day: slot.date, start: clock(slot.startsAt), end: clock(slot.endsAt), block: slot.date })),
    rooms: program.rooms.map((room) => ({ id: room.id, capacity: room.capacity ?? unlimitedSeats, interpretationChannels: room.interpretationLanguages, ...(room.kind === 'virtual_platform' ? { virtual: true } : {}) })),
    sessions: gridSessions.map((session) => toForumSession(session, options.keepPins)),
    people: [...people.values()],
  };
  const limited = Object.entries(program.interpreterTeams);
  if (limited.length > 0) problem.interpreterTeams = limited.map(([language, teams]) => ({ language, teams }));
  const placements = gridSessions.flatMap((session) =>
    session.placement.state === 'placed' ? [{ sessionId: session.id, slotId: session.placement.slotId, roomId: session.placement.roomId }] : []);
  return { problem, placements, busyElsewhere, windowsOf };
}

type Span = { startsAt: string; endsAt: string };
const within = (slot: Span, window: Span) => Date.parse(window.startsAt) <= Date.parse(slot.startsAt) && Date.parse(slot.endsAt) <= Date.parse(window.endsAt);
/** 09:00–10:00 and 10:00–12:00 are one window for a slot from 09:30 to 11:00. */
function joinTouching(windows: Span[]): Span[] {
  const joined: Span[] = [];
  for (const window of [...windows].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))) {
    const last = joined.at(-1);
    if (last && Date.parse(window.startsAt) <= Date.parse(last.endsAt)) {
      if (Date.parse(window.endsAt) > Date.parse(last.endsAt)) joined[joined.length - 1] = { startsAt: last.startsAt, endsAt: window.endsAt };
    } else {
      joined.push({ startsAt: window.startsAt, endsAt: window.endsAt });
    }
  }
  return joined;
}

const overlaps = (slot: Span, window: Span) => Date.parse(slot.startsAt) < Date.parse(window.endsAt) && Date.parse(window.startsAt) < Date.parse(slot.endsAt);

function toForumSession(session: EditorSession, keepPins: boolean): ForumSession {
  const pinned = keepPins && session.pinned && session.placement.state === 'placed';
  return {
    id: session.id,
    durationSlots: session.durationSlots,
    expectedAttendance: session.capacity ?? 0,
    language: session.language,
    interpretation: session.interpretationLanguages.filter((language) => language !== session.language),
    plenary: session.format === 'plenary',
    ...(pinned && session.placement.state === 'placed' ? { pin: { slotId: session.placement.slotId, roomId: session.placement.roomId } } : {}),
    themes: session.themeIds,
    // One person may hold two roles in a session; the solver counts them once.
    people: session.people.map((person) => ({ personId: person.personId, role: person.role as ForumRole })),
  };
}
