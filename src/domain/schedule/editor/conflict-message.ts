import type { Translator } from '../../../i18n/index.js';
import { readLocalized } from '../../text/localized-text.js';
import type { ScheduleConflict } from './find-conflicts.js';
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
    case 'room-double-booked':
      return t.t('schedule.conflict.room-double-booked', { room: names.room(conflict.roomId), other: names.session(conflict.otherSessionId) });
    case 'over-capacity':
      return t.t('schedule.conflict.over-capacity', { room: names.room(conflict.roomId), capacity: conflict.capacity, count: conflict.needed });
    case 'no-interpretation':
      return t.t('schedule.conflict.no-interpretation', { room: names.room(conflict.roomId), languages: conflict.languages.map((language) => t.languageName(language)).join(', ') });
    case 'plenary-not-alone':
    case 'beside-plenary':
      return t.t(`schedule.conflict.${conflict.kind}`, { other: names.session(conflict.otherSessionId) });
    case 'crosses-block':
      return t.t('schedule.conflict.crosses-block');
  }
}
