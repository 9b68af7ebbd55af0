import type { Translator } from '../../../i18n/index.js';
import { describeWindows } from '../../people/availability/describe-windows.js';
import { readLocalized } from '../../text/localized-text.js';
import { explainInfeasible, type Conflict } from '../solver/explain-infeasible.js';
import type { ScheduleConflict } from './find-conflicts.js';
import type { EditorProblem, PersonWindows } from './forum-problem.js';
import type { ScheduleGrid } from './schedule-grid.js';

/** Names of what a conflict points at, found once per page rather than per marker. */
export interface GridNames {
  session(id: string): string;
  person(id: string): string;
  room(id: string): string;
}

/** Quotation marks of the reader's language around a session's title. */
const quotes: Record<string, [string, string]> = { fr: ['« ', ' »'], es: ['«', '»'] };

export function gridNames(grid: ScheduleGrid, locale: string): GridNames {
  const [open, close] = quotes[locale] ?? ['“', '”'];
  const sessions = new Map(grid.sessions.map((session) => [session.id, `${session.code ? `${session.code} ` : ''}${open}${readLocalized(session.title, locale).value}${close}`]));
  const people = new Map(grid.sessions.flatMap((session) => session.people.map((person) => [person.personId, person.name] as const)));
  const rooms = new Map(grid.rooms.map((room) => [room.id, readLocalized(room.name, locale).value]));
  return { session: (id) => sessions.get(id) ?? id, person: (id) => people.get(id) ?? id, room: (id) => rooms.get(id) ?? id };
}

/**
 * What is wrong, in the reader's words: "Nadia Ouali is also in 2.3 “Les communs urbains” at this time."
 *
 * @example
 *   conflictMessage(t, gridNames(grid, t.locale), { kind: 'over-capacity', roomId, needed: 120, capacity: 60 });
 */
export function conflictMessage(t: Translator, names: GridNames, conflict: ScheduleConflict): string {
  switch (conflict.kind) {
    case 'person-double-booked':
    case 'unavailable':
      return t.t(`schedule.conflict.${conflict.kind}`, { person: names.person(conflict.personId), other: names.session(conflict.otherSessionId) });
    case 'outside-availability':
      return t.t('availability.conflict.outside', { person: names.person(conflict.personId), windows: describeWindows(conflict.windows, conflict.timeZone, t.locale), zone: conflict.timeZone });
    case 'room-double-booked':
      return t.t('schedule.conflict.room-double-booked', { room: names.room(conflict.roomId), other: names.session(conflict.otherSessionId) });
    case 'over-capacity':
      return t.t('schedule.conflict.over-capacity', { room: names.room(conflict.roomId), capacity: conflict.capacity, count: conflict.needed });
    case 'no-interpretation':
      return t.t('schedule.conflict.no-interpretation', { room: names.room(conflict.roomId), languages: conflict.languages.map((language) => t.languageName(language)).join(', ') });
    case 'no-interpreter-team': {
      const language = t.languageName(conflict.language);
      if (conflict.teams === 0 || conflict.otherSessionIds.length === 0) return t.t('schedule.conflict.no-interpreter-team.none', { language });
      const others = conflict.otherSessionIds.map((id) => names.session(id)).join(', ');
      return t.t('schedule.conflict.no-interpreter-team', { language, teams: conflict.teams, others, count: conflict.otherSessionIds.length });
    }
    case 'plenary-not-alone':
    case 'beside-plenary':
      return t.t(`schedule.conflict.${conflict.kind}`, { other: names.session(conflict.otherSessionId) });
    case 'crosses-block':
      return t.t('schedule.conflict.crosses-block');
  }
}

/** A proof that no schedule exists, with the windows of the people it names, in their zones. */
export interface InfeasibleReason extends Conflict {
  windows: ({ personId: string } & PersonWindows)[];
}

/**
 * The solver's proofs that no schedule exists, naming each person's own windows in their zone:
 * "1.2 cannot be placed: its people (Ana Gómez, available only Tue 2 Oct 09:00–12:00 (America/Bogota)) …".
 *
 * @example
 *   explainEditorInfeasible(toForumProblem(program, { keepPins: true })).map((conflict) => conflict.message);
 */
export function explainEditorInfeasible({ problem, windowsOf }: EditorProblem): InfeasibleReason[] {
  const conflicts = explainInfeasible(problem, {
    availabilityOf: (personId) => {
      const windows = windowsOf.get(personId);
      // The solver's explanations are in English, so are the day names.
      return windows ? `only ${describeWindows(windows.available, windows.timeZone, 'en')} (${windows.timeZone})` : undefined;
    },
  });
  return conflicts.map((conflict) => ({
    ...conflict, windows: conflict.people.flatMap((personId) => (windowsOf.has(personId) ? [{ personId, ...windowsOf.get(personId)! }] : [])),
  }));
}

/** A proof that no schedule can exist, in the reader's words, naming the people, windows, sessions and rooms. */
export function infeasibleMessage(t: Translator, names: GridNames, reason: InfeasibleReason): string {
  const windowsOf = (personId: string) => reason.windows.find((windows) => windows.personId === personId);
  const sessions = reason.sessions.map((id) => names.session(id)).join(', ');
  switch (reason.kind) {
    case 'person-overcommitted': {
      const personId = reason.people[0]!;
      const windows = windowsOf(personId);
      const values = { person: names.person(personId), sessions, available: reason.slots.length };
      return windows
        ? t.t('availability.infeasible.person', { ...values, windows: describeWindows(windows.available, windows.timeZone, t.locale), zone: windows.timeZone })
        : t.t('availability.infeasible.personBusy', values);
    }
    case 'session-has-no-placement': {
      if (reason.people.length === 0) return t.t('schedule.infeasible.noPlacement', { session: names.session(reason.sessions[0]!) });
      const people = reason.people.map((personId) => {
        const windows = windowsOf(personId);
        return windows ? `${names.person(personId)} (${describeWindows(windows.available, windows.timeZone, t.locale)}, ${windows.timeZone})` : names.person(personId);
      });
      return t.t('availability.infeasible.session', { session: names.session(reason.sessions[0]!), people: people.join('; ') });
    }
    case 'not-enough-room-slots':
      return t.t('schedule.infeasible.roomSlots', { count: reason.sessions.length, rooms: reason.rooms.map((id) => names.room(id)).join(', ') });
    case 'plenaries-overlap':
      return t.t('schedule.infeasible.plenaries', { sessions });
    case 'pins-clash':
      return t.t('schedule.infeasible.pins', { sessions });
    case 'not-enough-interpreter-teams':
      return t.t('schedule.infeasible.teams', {
        sessions, language: t.languageName(reason.interpretation?.language ?? ''), teams: reason.interpretation?.teams ?? 0, slots: reason.slots.length,
      });
  }
}
