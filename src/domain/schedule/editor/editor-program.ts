import type { Selectable } from 'kysely';
import type { AppContext } from '../../context.js';
import type { EditionTable } from '../../edition/tables.js';
import type { SessionFormat, SessionRole, VenueKind } from '../../program/tables.js';
import type { LocalizedText } from '../../text/localized-text.js';
import { localDate } from '../../../i18n/time.js';
import { loadEditionAvailability, type PersonAvailability } from '../../people/availability/index.js';
import { loadInterpreterTeams, type InterpreterTeams } from './interpreter-teams.js';

export type EditionRow = Selectable<EditionTable>;

export interface EditorSlot {
  id: string;
  /** The calendar date in the forum's zone. */
  date: string;
  label: LocalizedText | null;
  startsAt: string;
  endsAt: string;
}

export interface EditorRoom {
  id: string;
  kind: VenueKind;
  name: LocalizedText;
  /** Null when nobody counted the seats: then anything fits. */
  capacity: number | null;
  interpretationLanguages: string[];
}

/** Where a session stands: in a slot and a room, out of the grid, or at a time of its own outside every slot. */
export type EditorPlacement =
  | { state: 'placed'; slotId: string; roomId: string }
  | { state: 'unassigned' }
  | { state: 'outside'; startsAt: string; endsAt: string | null; roomId: string | null };

/** What the public program has: the session's own columns. */
export interface PublishedPlacement {
  slotId: string | null;
  roomId: string | null;
  startsAt: string | null;
  endsAt: string | null;
}

export interface EditorSession {
  id: string;
  code: string | null;
  title: LocalizedText;
  format: SessionFormat;
  language: string;
  interpretationLanguages: string[];
  /** Seats the session needs. */
  capacity: number | null;
  durationMinutes: number | null;
  /** Consecutive slots it occupies from its start. */
  durationSlots: number;
  status: 'draft' | 'published';
  themeIds: string[];
  /** `country`: ISO 3166-1 alpha-2, or null. */
  people: { personId: string; name: string; role: SessionRole; country: string | null }[];
  published: PublishedPlacement;
  placement: EditorPlacement;
  pinned: boolean;
  /** The editor holds a working placement for it, which publication will write. */
  hasWorkingPlacement: boolean;
}

/** One edition's program as the schedule editor sees it, with the working placements applied. */
export interface EditorProgram {
  edition: EditionRow;
  slots: EditorSlot[];
  rooms: EditorRoom[];
  sessions: EditorSession[];
  themes: { id: string; code: string; name: LocalizedText }[];
  /** People's own zones and windows (private: organisers only), by person; absent people have none. */
  availability: Map<string, PersonAvailability>;
  /** Interpreter teams per target language; a language left out is unlimited. */
  interpreterTeams: InterpreterTeams;
}

/**
 * Reads slots, rooms, sessions with their people and themes, and the editor's working placements,
 * in a handful of queries whatever the program's size.
 *
 * @example
 *   const program = await loadEditorProgram(context, edition);
 *   program.sessions.filter((session) => session.placement.state === 'unassigned');
 */
export async function loadEditorProgram(context: AppContext, edition: EditionRow): Promise<EditorProgram> {
  const { db, dialect } = context.storage;
  const text = (raw: unknown) => dialect.decodeJson<LocalizedText>(raw);
  const [slotRows, roomRows, sessionRows, themeRows, sessionThemes, roles, working, availability, interpreterTeams] = await Promise.all([
    db.selectFrom('time_slot').select(['id', 'label', 'starts_at', 'ends_at']).where('edition_id', '=', edition.id).orderBy('starts_at').orderBy('position').orderBy('id').execute(),
    db.selectFrom('venue').select(['id', 'kind', 'name', 'capacity', 'interpretation_languages']).where('edition_id', '=', edition.id).orderBy('position').orderBy('id').execute(),
    db.selectFrom('session').selectAll().where('edition_id', '=', edition.id).execute(),
    db.selectFrom('theme').select(['id', 'code', 'name']).where('edition_id', '=', edition.id).orderBy('code').execute(),
    db.selectFrom('session_theme').innerJoin('session', 'session.id', 'session_theme.session_id')
      .select(['session_theme.session_id', 'session_theme.theme_id']).where('session.edition_id', '=', edition.id).execute(),
    db.selectFrom('session_person_role').innerJoin('session', 'session.id', 'session_person_role.session_id').innerJoin('person', 'person.id', 'session_person_role.person_id')
      .select(['session_person_role.session_id', 'session_person_role.person_id', 'session_person_role.role', 'person.name', 'person.country'])
      .where('session.edition_id', '=', edition.id).orderBy('session_person_role.position').execute(),
    db.selectFrom('schedule_placement').selectAll().where('edition_id', '=', edition.id).execute(),
    loadEditionAvailability(db, edition.id),
    loadInterpreterTeams(db, edition.id),
  ]);
  const slots: EditorSlot[] = slotRows.map((row) => ({
    id: row.id, date: localDate(row.starts_at, edition.time_zone), label: dialect.decodeJson<LocalizedText | null>(row.label), startsAt: row.starts_at, endsAt: row.ends_at,
  }));
  const rooms: EditorRoom[] = roomRows.map((row) => ({
    id: row.id, kind: row.kind, name: text(row.name), capacity: row.capacity, interpretationLanguages: dialect.decodeJson<string[]>(row.interpretation_languages),
  }));
  const slotIds = new Set(slots.map((slot) => slot.id));
  const roomIds = new Set(rooms.map((room) => room.id));
  const themesOf = groupBy(sessionThemes, (row) => row.session_id);
  const peopleOf = groupBy(roles, (row) => row.session_id);
  const workingOf = new Map(working.map((row) => [row.session_id, row]));
  const slotsPerDay = Math.max(1, ...[...groupBy(slots, (slot) => slot.date).values()].map((day) => day.length));
  const typicalSlotMinutes = median(slots.map((slot) => minutesBetween(slot.startsAt, slot.endsAt)).filter((minutes) => minutes > 0 && minutes < 12 * 60)) ?? 90;

  const sessions = sessionRows.map((row): EditorSession => {
    const own = workingOf.get(row.id);
    const published: PublishedPlacement = { slotId: row.slot_id, roomId: row.venue_id, startsAt: row.starts_at, endsAt: row.ends_at };
    const inGrid = (slotId: string | null, roomId: string | null) => slotId !== null && roomId !== null && slotIds.has(slotId) && roomIds.has(roomId);
    let placement: EditorPlacement;
    if (own) placement = inGrid(own.slot_id, own.venue_id) ? { state: 'placed', slotId: own.slot_id!, roomId: own.venue_id! } : { state: 'unassigned' };
    else if (inGrid(row.slot_id, row.venue_id)) placement = { state: 'placed', slotId: row.slot_id!, roomId: row.venue_id! };
    else if (row.slot_id === null && row.starts_at !== null) placement = { state: 'outside', startsAt: row.starts_at, endsAt: row.ends_at, roomId: row.venue_id };
    else placement = { state: 'unassigned' };
    const minutes = row.duration_minutes ?? (row.starts_at && row.ends_at ? minutesBetween(row.starts_at, row.ends_at) : null);
    return {
      id: row.id, code: row.code, title: text(row.title), format: row.format, language: row.language,
      interpretationLanguages: dialect.decodeJson<string[]>(row.interpretation_languages), capacity: row.capacity, durationMinutes: row.duration_minutes,
      durationSlots: minutes ? Math.min(slotsPerDay, Math.max(1, Math.round(minutes / typicalSlotMinutes))) : 1,
      status: row.status,
      themeIds: (themesOf.get(row.id) ?? []).map((theme) => theme.theme_id),
      people: (peopleOf.get(row.id) ?? []).map((role) => ({ personId: role.person_id, name: role.name, role: role.role, country: role.country })),
      published, placement, pinned: own ? dialect.decodeBoolean(own.pinned) && placement.state === 'placed' : false, hasWorkingPlacement: own !== undefined,
    };
  });
  const codeOrder = new Intl.Collator('en', { numeric: true });
  sessions.sort((a, b) => codeOrder.compare(a.code ?? '\uffff', b.code ?? '\uffff') || (a.id < b.id ? -1 : 1));
  return { edition, slots, rooms, sessions, themes: themeRows.map((row) => ({ id: row.id, code: row.code, name: text(row.name) })), availability, interpreterTeams };
}

export function minutesBetween(startsAt: string, endsAt: string): number {
  return (Date.parse(endsAt) - Date.parse(startsAt)) / 60_000;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
