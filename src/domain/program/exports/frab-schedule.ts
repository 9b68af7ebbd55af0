import { DateTime } from 'luxon';
import { readLocalized, type LocalizedText } from '../../text/localized-text.js';
import type { PublicProgram } from '../public-program.js';

/** A ULID's 128 bits written as a UUID, so frab's `guid` is stable and derived, never stored twice. */
export function ulidToUuid(ulid: string): string {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  let value = 0n;
  for (const character of ulid.toUpperCase()) value = value * 32n + BigInt(alphabet.indexOf(character));
  const hex = value.toString(16).padStart(32, '0').slice(-32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export interface FrabEvent {
  id: number;
  guid: string;
  slug: string;
  url: string;
  title: string;
  subtitle: string;
  abstract: string;
  description: string;
  type: string;
  track: string;
  language: string;
  room: string;
  date: string;
  start: string;
  duration: string;
  end: string;
  persons: { id: number; guid: string; name: string }[];
  links: { url: string; title: string }[];
}

export interface FrabSchedule {
  acronym: string;
  title: string;
  start: string;
  end: string;
  timeZone: string;
  url: string;
  rooms: { name: string; guid: string; capacity: number | null; virtual: boolean }[];
  days: { index: number; date: string; start: string; end: string; rooms: Map<string, FrabEvent[]> }[];
}

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * The program in the frab model (pretalx, frab and conference apps read it): one language chosen
 * for texts, local times with their offset, published sessions only.
 */
export function toFrabSchedule(program: PublicProgram, language: string, baseUrl: string): FrabSchedule {
  const { edition } = program;
  const zone = edition.timeZone;
  const read = (text: LocalizedText | null) => (text ? readLocalized(text, language).value : '');
  const acronym = edition.slug.replace(/-/g, '_').padEnd(4, '_');
  const venueNames = new Map(program.venues.map((venue) => [venue.id, read(venue.name)]));
  const personIndex = new Map([...program.people.keys()].map((id, index) => [id, index + 1]));
  const themeNames = (session: PublicProgram['sessions'][number]) => session.themes.map((theme) => read(theme.name)).join(', ');
  const placed = program.sessions.filter((session) => session.startsAt && session.endsAt && session.venueId);
  const dates = [];
  for (let day = DateTime.fromISO(edition.startsOn, { zone }); day.toISODate()! <= edition.endsOn; day = day.plus({ days: 1 })) dates.push(day);
  return {
    acronym, title: read(edition.name), timeZone: zone, url: `${baseUrl}/editions/${edition.slug}`,
    start: edition.startsOn, end: edition.endsOn,
    rooms: program.venues.map((venue) => ({ name: read(venue.name), guid: ulidToUuid(venue.id), capacity: venue.capacity, virtual: venue.kind === 'virtual_platform' })),
    days: dates.map((day, index) => {
      const date = day.toISODate()!;
      const rooms = new Map<string, FrabEvent[]>();
      for (const session of placed) {
        const start = DateTime.fromISO(session.startsAt!, { zone });
        if (start.toISODate() !== date) continue;
        const end = DateTime.fromISO(session.endsAt!, { zone });
        const minutes = Math.round(end.diff(start, 'minutes').minutes);
        const room = venueNames.get(session.venueId!) ?? '';
        const event: FrabEvent = {
          id: program.sessions.indexOf(session) + 1, guid: ulidToUuid(session.id), slug: `${acronym}-${session.id.toLowerCase()}`,
          url: `${baseUrl}/editions/${edition.slug}/sessions/${session.id}`, title: read(session.title), subtitle: session.code ?? '',
          abstract: read(session.summary), description: read(session.context), type: session.format.replace('_', '-'), track: themeNames(session),
          language: session.language, room, date: start.toISO({ suppressMilliseconds: true })!, start: start.toFormat('HH:mm'),
          duration: `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`, end: end.toISO({ suppressMilliseconds: true })!,
          persons: session.people.map((person) => ({ id: personIndex.get(person.personId) ?? 0, guid: ulidToUuid(person.personId), name: person.name })),
          links: session.documents.map((document) => ({ url: document.url, title: read(document.title) })),
        };
        rooms.set(room, [...(rooms.get(room) ?? []), event]);
      }
      return { index: index + 1, date, start: day.startOf('day').toISO({ suppressMilliseconds: true })!, end: day.endOf('day').set({ millisecond: 0 }).toISO({ suppressMilliseconds: true })!, rooms };
    }),
  };
}
