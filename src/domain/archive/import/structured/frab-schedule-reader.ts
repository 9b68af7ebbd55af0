import { XMLParser } from 'fast-xml-parser';
import { DateTime, Duration } from 'luxon';
import { contentLanguages, type ContentLanguage } from '../../../text/localized-text.js';
import { foldKey } from '../text-values.js';
import {
  DocumentParseError, type ImportedDocument, type ImportedEdition, type ImportedSession, type PersonMention, type StatedDate,
} from '../imported-document.js';

interface FrabEvent {
  id?: string | number;
  guid?: string;
  slug?: string;
  date?: string;
  start?: string;
  duration?: string;
  room?: string;
  title?: string;
  type?: string;
  language?: string;
  abstract?: string;
  description?: string;
  persons?: { public_name?: string; name?: string }[];
  links?: { url?: string; title?: string }[];
}

interface FrabConference {
  acronym?: string;
  title?: string;
  start?: string;
  end?: string;
  time_zone_name?: string;
  days?: { date?: string; rooms?: Record<string, FrabEvent[]> }[];
}

const asLanguage = (value: string | undefined, fallback: ContentLanguage): ContentLanguage =>
  (contentLanguages as readonly string[]).includes(value ?? '') ? (value as ContentLanguage) : fallback;

function statedDate(iso: string, file: string): StatedDate {
  const date = DateTime.fromISO(iso, { setZone: true });
  if (!date.isValid) throw new DocumentParseError({ file, line: 1 }, `"${iso}" is not a date`);
  return { raw: iso, year: date.year, month: date.month, day: date.day, source: { file, line: 1 } };
}

function person(name: string, file: string): PersonMention {
  return { written: name, honorific: null, name, roleTitle: null, organisation: null, bio: null, country: null, source: { file, line: 1 } };
}

function eventToSession(event: FrabEvent, file: string, language: ContentLanguage): ImportedSession {
  const source = { file, line: 1 };
  if (!event.title) throw new DocumentParseError(source, `event ${event.guid ?? event.id ?? '?'} has no title`);
  if (!event.date) throw new DocumentParseError(source, `event "${event.title}" has no date`);
  const start = DateTime.fromISO(event.date, { setZone: true });
  if (!start.isValid) throw new DocumentParseError(source, `event "${event.title}": "${event.date}" is not a date and time`);
  const duration = Duration.fromISOTime(event.duration ?? '00:00');
  const minutes = duration.isValid ? Math.round(duration.as('minutes')) : null;
  const end = minutes ? start.plus({ minutes }) : start;
  return {
    code: event.slug ?? (event.id !== undefined ? String(event.id) : null), format: /plenary|plénière|plenaria|keynote/i.test(event.type ?? '') ? 'plenary' : 'workshop',
    title: event.title, slotCode: null, date: statedDate(event.date, file),
    times: [{ raw: event.date, start: start.toFormat('HH:mm'), end: end.toFormat('HH:mm'), utcOffsetMinutes: start.offset, zone: null, source }],
    statedDurationMinutes: minutes, durationSource: source, language: asLanguage(event.language, language), interpretationLanguages: [],
    summary: event.abstract || null, context: event.description || null, objectives: [], mainQuestions: [], thematicLine: null, subAxis: null,
    platform: null, room: event.room ?? null, capacity: null, registrationRequired: null, organisers: [], partners: [],
    documents: (event.links ?? []).filter((link) => link.url).map((link) => ({ title: link.title ?? link.url!, url: link.url!, source })),
    roles: (event.persons ?? []).map((entry) => ({ person: person(entry.public_name ?? entry.name ?? '', file), role: 'speaker' as const, status: 'confirmed' as const }))
      .filter((role) => role.person.name),
    presentations: [], source,
  };
}

function conferenceToDocument(conference: FrabConference, file: string): ImportedDocument {
  const source = { file, line: 1 };
  if (!conference.title || !conference.start) throw new DocumentParseError(source, 'a frab schedule needs conference.title and conference.start');
  const days = conference.days ?? [];
  const events = days.flatMap((day) => Object.values(day.rooms ?? {}).flat());
  const language = asLanguage(events.find((event) => event.language)?.language, 'en');
  const edition: ImportedEdition = {
    slug: foldKey(conference.acronym ?? conference.title).replace(/ /g, '-').slice(0, 80) || null, name: conference.title, tagline: null,
    year: statedDate(conference.start, file).year, startsOn: statedDate(conference.start, file), endsOn: statedDate(conference.end ?? conference.start, file),
    hostCity: null, country: null, venue: null, format: null, website: null, timeZone: conference.time_zone_name ?? null,
    days: days.filter((day) => day.date).map((day) => ({ date: statedDate(day.date!, file), label: null })), slots: [], partners: [], source,
  };
  return { file, kind: 'frab_schedule', language, edition, sessions: events.map((event) => eventToSession(event, file, language)), initiatives: [], notes: [] };
}

/** A frab schedule (JSON, as pretalx and frab publish it) as an imported document. */
export function readFrabJson(file: string, text: string): ImportedDocument {
  let parsed: { schedule?: { conference?: FrabConference } };
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new DocumentParseError({ file, line: 1 }, `not valid JSON (${(error as Error).message})`);
  }
  if (!parsed.schedule?.conference) throw new DocumentParseError({ file, line: 1 }, 'not a frab schedule: schedule.conference is missing');
  return conferenceToDocument(parsed.schedule.conference, file);
}

/** A frab schedule XML (schedule.xml) as an imported document. */
export function readFrabXml(file: string, text: string): ImportedDocument {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', textNodeName: 'text', isArray: (_name, path) => /^schedule\.day$|^schedule\.day\.room$|\.room\.event$|\.persons\.person$|\.links\.link$/.test(String(path)) });
  let parsed: { schedule?: { conference?: { acronym?: string; title?: string; start?: string; end?: string; time_zone_name?: string }; day?: unknown[] } };
  try {
    parsed = parser.parse(text, true);
  } catch (error) {
    throw new DocumentParseError({ file, line: (error as { line?: number }).line ?? 1 }, `not valid XML (${(error as Error).message})`);
  }
  const schedule = parsed.schedule;
  if (!schedule?.conference) throw new DocumentParseError({ file, line: 1 }, 'not a frab schedule: <conference> is missing');
  type XmlEvent = Record<string, unknown> & { persons?: { person?: ({ text?: string } | string)[] }; links?: { link?: ({ href?: string; text?: string })[] } };
  const asArray = <T,>(value: unknown): T[] => (Array.isArray(value) ? value : value === undefined || value === null || value === '' ? [] : [value as T]);
  const textOf = (value: unknown) => (typeof value === 'object' && value !== null ? String((value as { text?: unknown }).text ?? '') : value === undefined ? undefined : String(value));
  const days = asArray<{ date?: string; room?: { name?: string; event?: XmlEvent[] }[] }>(schedule.day);
  return conferenceToDocument({
    ...schedule.conference,
    days: days.map((day) => ({
      date: day.date,
      rooms: Object.fromEntries(asArray<{ name?: string; event?: XmlEvent[] }>(day.room).map((room) => [room.name ?? '', asArray<XmlEvent>(room.event).map((event): FrabEvent => ({
        id: textOf(event.id), guid: textOf(event.guid), slug: textOf(event.slug), date: textOf(event.date), start: textOf(event.start),
        duration: textOf(event.duration), room: textOf(event.room) ?? room.name, title: textOf(event.title), type: textOf(event.type),
        language: textOf(event.language), abstract: textOf(event.abstract), description: textOf(event.description),
        persons: asArray<{ text?: string } | string>(typeof event.persons === 'object' ? event.persons?.person : undefined).map((entry) => ({ public_name: typeof entry === 'string' ? entry : entry.text })),
        links: asArray<{ href?: string; text?: string }>(typeof event.links === 'object' ? event.links?.link : undefined).map((link) => ({ url: link.href, title: link.text })),
      }))])),
    })),
  }, file);
}
