import { DateTime } from 'luxon';
import { encodeJson, encodeNullableJson } from '../../../db/database.js';
import type { LocalizedText } from '../../text/localized-text.js';
import type { IdentityResolver } from './identity-resolver.js';
import type { ImportedDocument, ImportedEdition, ImportedSession } from './imported-document.js';
import type { RowWriter } from './row-writer.js';
import { rangeInstants, resolveStatedDate } from './stated-instants.js';
import { foldKey, withLanguage } from './text-values.js';
import type { EditionTarget } from './write-edition.js';

/** Where sessions of a document land: slot ids by the book's slot code. */
export interface ProgramPlaces {
  slotIdsByCode: Map<string, string>;
  sessionIdsByCode: Map<string, string>;
}

/** Days and slots a program book lists; slots without printed hours span their day. */
export async function writeDaysAndSlots(writer: RowWriter, edition: EditionTarget, described: ImportedEdition, document: ImportedDocument): Promise<Map<string, string>> {
  const slotIds = new Map<string, string>();
  const dayIds: string[] = [];
  for (const day of described.days) {
    const date = resolveStatedDate(day.date, edition.year);
    if (!date) continue;
    const stored = await writer.db.selectFrom('program_day').select('id').where('edition_id', '=', edition.id).where('date', '=', date.date).executeTakeFirst();
    const label = day.label ? encodeJson(withLanguage(stored ? await storedLabel(writer, 'program_day', stored.id) : null, document.language, day.label)) : null;
    dayIds.push(await writer.upsert('program_day', stored?.id ?? null, { edition_id: edition.id, date: date.date, label }, {
      entity: 'day', label: date.date, source: day.date.source, stamped: false,
    }));
  }
  for (const [position, slot] of described.slots.entries()) {
    const dayId = dayIds[slot.dayIndex];
    const day = described.days[slot.dayIndex];
    if (!dayId || !day) continue;
    const date = resolveStatedDate(day.date, edition.year)!;
    const key = `${edition.id}:${slot.code}`;
    const sameDaySlots = described.slots.filter((other) => other.dayIndex === slot.dayIndex);
    const storedId = await writer.findKey('slot', key);
    const timed = storedId ? ((await isTimed(writer, storedId)) ? storedId : null) : await timedSlotAt(writer, dayId, sameDaySlots.indexOf(slot));
    if (timed) {
      // The edition already has this slot with its hours: the book's slot is that one, hours kept.
      await writer.rememberKey('slot', key, timed);
      slotIds.set(slot.code, timed);
      continue;
    }
    const start = DateTime.fromISO(date.date, { zone: edition.timeZone }).startOf('day');
    const label = encodeJson(withLanguage(storedId ? await storedLabel(writer, 'time_slot', storedId) : null, document.language, slot.label));
    const id = await writer.upsert('time_slot', storedId, {
      edition_id: edition.id, day_id: dayId, label, starts_at: start.toUTC().toISO()!, ends_at: start.plus({ days: 1 }).toUTC().toISO()!,
      position, times_stated: false,
    }, { entity: 'slot', label: slot.label, source: slot.source, stamped: false });
    await writer.rememberKey('slot', key, id);
    slotIds.set(slot.code, id);
  }
  return slotIds;
}

async function isTimed(writer: RowWriter, slotId: string): Promise<boolean> {
  const slot = await writer.db.selectFrom('time_slot').select('times_stated').where('id', '=', slotId).executeTakeFirst();
  return slot !== undefined && writer.dialect.decodeBoolean(slot.times_stated);
}

/** The `index`-th slot of a day that has stated hours, if the edition already has one. */
async function timedSlotAt(writer: RowWriter, dayId: string, index: number): Promise<string | null> {
  const slots = await writer.db.selectFrom('time_slot').select(['id', 'times_stated']).where('day_id', '=', dayId).orderBy('starts_at').orderBy('position').execute();
  const timed = slots.filter((slot) => writer.dialect.decodeBoolean(slot.times_stated));
  return timed[index]?.id ?? null;
}

async function storedLabel(writer: RowWriter, table: 'program_day' | 'time_slot', id: string): Promise<LocalizedText | null> {
  const row = await writer.db.selectFrom(table).select('label').where('id', '=', id).executeTakeFirst();
  return row ? writer.dialect.decodeJson<LocalizedText | null>(row.label) : null;
}

/**
 * A session is known again by its printed code, or, for a sheet without one, by its date and start
 * (the French and English sheets of one session share those, not their titles).
 */
function sessionKey(edition: EditionTarget, session: ImportedSession, startsAt: string | null): string {
  if (session.code) return `${edition.id}:code:${session.code}`;
  if (startsAt) return `${edition.id}:at:${startsAt}:${session.format}`;
  return `${edition.id}:title:${foldKey(session.title)}`;
}

function sessionInstants(edition: EditionTarget, session: ImportedSession): { startsAt: string | null; endsAt: string | null; duration: number | null } {
  const date = session.date ? resolveStatedDate(session.date, edition.year) : null;
  const range = session.times[0];
  const instants = date && range ? rangeInstants(date.date, range, edition.timeZone) : null;
  if (!instants) return { startsAt: null, endsAt: null, duration: session.statedDurationMinutes };
  return {
    startsAt: instants.start.toISO()!, endsAt: instants.end.toISO()!,
    duration: Math.round(instants.end.diff(instants.start, 'minutes').minutes),
  };
}

export async function writeSession(writer: RowWriter, resolver: IdentityResolver, edition: EditionTarget, document: ImportedDocument, session: ImportedSession, slotIds: Map<string, string>): Promise<string> {
  const language = document.language;
  const { startsAt, endsAt, duration } = sessionInstants(edition, session);
  const key = sessionKey(edition, session, startsAt);
  // A session entered by hand or by an earlier tool is found again by its printed code.
  const storedId = (await writer.findKey('session', key))
    ?? (session.code ? ((await writer.db.selectFrom('session').select('id').where('edition_id', '=', edition.id).where('code', '=', session.code).orderBy('id').executeTakeFirst())?.id ?? null) : null);
  const stored = storedId ? await writer.db.selectFrom('session').selectAll().where('id', '=', storedId).executeTakeFirst() : undefined;
  const text = (column: 'title' | 'summary' | 'context', value: string | null) => {
    const before = stored ? writer.dialect.decodeJson<LocalizedText | null>(stored[column]) : null;
    return value ? withLanguage(before, language, value) : before;
  };
  // What a document does not state is left as stored: a sheet in another language may say less.
  const list = (column: 'objectives' | 'main_questions', values: string[]) => {
    const before = stored ? writer.dialect.decodeJson<LocalizedText[]>(stored[column]) : [];
    return values.length === 0 ? before : values.map((value, index) => withLanguage(before[index] ?? null, language, value));
  };
  const venueId = session.platform || session.room ? await writeVenue(writer, edition, session) : (stored?.venue_id ?? null);
  const thematicLineId = await writeThematicLine(writer, edition, session, language);
  const floorLanguage = session.language ?? stored?.language ?? language;
  const interpretation = session.interpretationLanguages.length > 0 || !stored
    ? [...new Set(session.interpretationLanguages.filter((other) => other !== floorLanguage))]
    : writer.dialect.decodeJson<string[]>(stored.interpretation_languages);
  const id = await writer.upsert('session', storedId, {
    edition_id: edition.id, code: session.code, format: session.format, title: encodeJson(text('title', session.title)),
    summary: encodeNullableJson(text('summary', session.summary)), context: encodeNullableJson(text('context', session.context)),
    objectives: encodeJson(list('objectives', session.objectives)), main_questions: encodeJson(list('main_questions', session.mainQuestions)),
    thematic_line_id: thematicLineId ?? stored?.thematic_line_id ?? null, slot_id: (session.slotCode ? slotIds.get(session.slotCode) : undefined) ?? stored?.slot_id ?? null,
    venue_id: venueId, starts_at: startsAt ?? stored?.starts_at ?? null, ends_at: endsAt ?? stored?.ends_at ?? null,
    duration_minutes: duration ?? stored?.duration_minutes ?? null, language: floorLanguage,
    interpretation_languages: encodeJson(interpretation), capacity: session.capacity ?? stored?.capacity ?? null,
    registration_required: session.registrationRequired ?? (stored ? writer.dialect.decodeBoolean(stored.registration_required) : false),
    status: stored?.status ?? 'published', proposed_by_user_id: stored?.proposed_by_user_id ?? null,
  }, { entity: 'session', label: session.code ? `${session.code} ${session.title}` : session.title, source: session.source });
  await writer.rememberKey('session', key, id);
  await writeSessionOrganisations(writer, resolver, id, session, language);
  await writeSessionPeople(writer, resolver, id, session, language);
  const documents = session.documents.filter((link) => link.url && /^https?:\/\//.test(link.url));
  if (documents.length > 0) await writer.replaceChildren('session_document', 'session_id', id, documents.map((link, position) => ({
    title: encodeJson(withLanguage(null, language, link.title)), url: link.url!, position,
  })), { entity: 'session documents', label: session.title, source: session.source });
  return id;
}

async function writeVenue(writer: RowWriter, edition: EditionTarget, session: ImportedSession): Promise<string> {
  const name = (session.platform ?? session.room)!;
  const kind = session.platform ? 'virtual_platform' : 'room';
  const key = `${edition.id}:${kind}:${foldKey(name)}`;
  const storedId = await writer.findKey('venue', key);
  const stored = storedId ? await writer.db.selectFrom('venue').selectAll().where('id', '=', storedId).executeTakeFirst() : undefined;
  const id = await writer.upsert('venue', storedId, {
    edition_id: edition.id, kind, name: stored ? encodeJson(writer.dialect.decodeJson(stored.name)) : encodeJson({ original: 'en', text: { en: name } }),
    capacity: stored?.capacity ?? null, platform: session.platform, join_url: stored?.join_url ?? null,
    interpretation_languages: stored ? encodeJson(writer.dialect.decodeJson(stored.interpretation_languages)) : encodeJson(session.interpretationLanguages),
    position: stored?.position ?? 0,
  }, { entity: 'venue', label: name, source: session.source, stamped: false });
  await writer.rememberKey('venue', key, id);
  return id;
}

async function writeThematicLine(writer: RowWriter, edition: EditionTarget, session: ImportedSession, language: ImportedDocument['language']): Promise<string | null> {
  let parentId: string | null = null;
  let lineId: string | null = null;
  for (const line of [session.thematicLine, session.subAxis]) {
    if (!line) continue;
    const stored = await writer.db.selectFrom('thematic_line').selectAll().where('edition_id', '=', edition.id).where('code', '=', line.code).executeTakeFirst();
    const title = withLanguage(stored ? writer.dialect.decodeJson<LocalizedText>(stored.title) : null, language, line.title);
    lineId = await writer.upsert('thematic_line', stored?.id ?? null, { edition_id: edition.id, parent_id: parentId, code: line.code, title: encodeJson(title) }, {
      entity: 'thematic line', label: `${line.code} ${line.title}`, source: session.source, stamped: false,
    });
    parentId = lineId;
  }
  return lineId;
}

async function writeSessionOrganisations(writer: RowWriter, resolver: IdentityResolver, sessionId: string, session: ImportedSession, language: ImportedDocument['language']): Promise<void> {
  if (session.organisers.length === 0 && session.partners.length === 0) return;
  const rows: Record<string, unknown>[] = [];
  for (const [role, mentions] of [['organiser', session.organisers], ['partner', session.partners]] as const) {
    for (const mention of mentions) {
      const organisationId = await resolver.resolveOrganisation(mention, language);
      if (!rows.some((row) => row.organisation_id === organisationId && row.role === role)) rows.push({ organisation_id: organisationId, role, position: rows.length });
    }
  }
  await writer.replaceChildren('session_organisation', 'session_id', sessionId, rows, { entity: 'session organisations', label: session.title, source: session.source });
}

async function writeSessionPeople(writer: RowWriter, resolver: IdentityResolver, sessionId: string, session: ImportedSession, language: ImportedDocument['language']): Promise<void> {
  if (session.roles.length === 0 && session.presentations.length === 0) return;
  const personIds: string[] = [];
  const roles: Record<string, unknown>[] = [];
  for (const role of session.roles) {
    const organisationId = role.person.organisation ? await resolver.resolveOrganisation(role.person.organisation, language) : null;
    const personId = await resolver.resolvePerson(role.person, organisationId, language);
    personIds.push(personId);
    if (!roles.some((row) => row.person_id === personId && row.role === role.role)) {
      roles.push({ person_id: personId, role: role.role, status: role.status, position: roles.length });
    }
  }
  if (roles.length > 0) await writer.replaceChildren('session_person_role', 'session_id', sessionId, roles, { entity: 'session roles', label: session.title, source: session.source });
  // The same sheet in another language lists the same presentations in the same order: its texts are added to them.
  const stored = await writer.db.selectFrom('presentation').select(['title', 'description']).where('session_id', '=', sessionId).orderBy('position').execute();
  const sameList = stored.length === session.presentations.length;
  const before = (index: number, column: 'title' | 'description') => (sameList ? writer.dialect.decodeJson<LocalizedText | null>(stored[index]![column]) : null);
  const presentations = session.presentations.map((presentation, position) => ({
    person_id: presentation.speakerIndex !== null ? (personIds[presentation.speakerIndex] ?? null) : null, initiative_id: null,
    title: encodeJson(withLanguage(before(position, 'title'), language, presentation.title)),
    description: encodeNullableJson(presentation.description ? withLanguage(before(position, 'description'), language, presentation.description) : before(position, 'description')), position,
  }));
  if (presentations.length > 0) await writer.replaceChildren('presentation', 'session_id', sessionId, presentations, { entity: 'presentations', label: session.title, source: session.source });
}
