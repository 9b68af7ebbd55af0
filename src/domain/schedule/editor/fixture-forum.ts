import { encodeJson } from '../../../db/database.js';
import { newId } from '../../../db/ids.js';
import { loadActor, systemActor, type Actor } from '../../accounts/actor.js';
import { createAccount, grantEditionRole } from '../../accounts/index.js';
import type { AppContext } from '../../context.js';
import { EditionService } from '../../edition/index.js';
import type { SessionFormat } from '../../program/tables.js';
import type { EditionRow } from './editor-program.js';

/**
 * A small forum for the editor's tests (not shipped to anyone): two days of two slots in Bilbao,
 * three rooms, four workshops and a plenary held at 17:00, outside the slots.
 *
 *   slot d1s1 09:30–11:00: W1 (Nadia) in Room A, W3 (Ana) in Room B
 *   slot d1s2 11:30–13:00: W2 (Nadia, Iker) in Room A
 *   17:00–18:30 on day 1: the plenary P1 (Ana, Iker), no slot
 *   W4 (Iker, draft) waits for a place
 */
export interface FixtureForum {
  edition: EditionRow;
  slots: { d1s1: string; d1s2: string; d2s1: string; d2s2: string };
  rooms: { a: string; b: string; c: string };
  sessions: { w1: string; w2: string; w3: string; w4: string; p1: string };
  people: { nadia: string; iker: string; ana: string };
  organiser: Actor;
}

export const fixturePassword = 'correct horse battery staple';

export async function makeFixtureForum(context: AppContext, slug = 'gsef-2018-bilbao', status: 'draft' | 'published' = 'published'): Promise<FixtureForum> {
  const { db } = context.storage;
  await new EditionService(context, systemActor).create({
    slug, name: { original: 'es', text: { es: `Foro ${slug}`, fr: `Forum ${slug}`, en: `Forum ${slug}` } }, tagline: null, description: null, hostCity: 'Bilbao', country: 'ES', venue: 'Euskalduna', startsOn: '2018-10-01', endsOn: '2018-10-02',
    timeZone: 'Europe/Madrid', format: 'in_person', languages: ['es', 'fr', 'en'], website: null, status,
  });
  const edition = await db.selectFrom('edition').selectAll().where('slug', '=', slug).executeTakeFirstOrThrow();
  const text = (en: string) => encodeJson({ original: 'en', text: { en, fr: en, es: en } });
  const slot = async (date: string, position: number, startsAt: string, endsAt: string) => {
    const dayId = (await db.selectFrom('program_day').select('id').where('edition_id', '=', edition.id).where('date', '=', date).executeTakeFirst())?.id ?? newId();
    await db.insertInto('program_day').values({ id: dayId, edition_id: edition.id, date, label: null }).onConflict((c) => c.doNothing()).execute();
    const id = newId();
    await db.insertInto('time_slot').values({ id, edition_id: edition.id, day_id: dayId, label: text(`Workshop session ${position}`), starts_at: startsAt, ends_at: endsAt, position }).execute();
    return id;
  };
  // Europe/Madrid is UTC+2 in October.
  const slots = {
    d1s1: await slot('2018-10-01', 1, '2018-10-01T07:30:00.000Z', '2018-10-01T09:00:00.000Z'),
    d1s2: await slot('2018-10-01', 2, '2018-10-01T09:30:00.000Z', '2018-10-01T11:00:00.000Z'),
    d2s1: await slot('2018-10-02', 3, '2018-10-02T07:30:00.000Z', '2018-10-02T09:00:00.000Z'),
    d2s2: await slot('2018-10-02', 4, '2018-10-02T09:30:00.000Z', '2018-10-02T11:00:00.000Z'),
  };
  const room = async (label: string, capacity: number, channels: string[], position: number) => {
    const id = newId();
    await db.insertInto('venue').values({ id, edition_id: edition.id, kind: 'room', name: text(label), capacity, platform: null, join_url: null, interpretation_languages: encodeJson(channels), position }).execute();
    return id;
  };
  const rooms = { a: await room('Room A', 200, ['fr', 'es', 'en'], 0), b: await room('Room B', 60, ['fr'], 1), c: await room('Room C', 30, [], 2) };
  const now = context.clock.now().toISOString();
  const person = async (personName: string, email: string) => {
    const id = newId();
    await db.insertInto('person').values({ id, name: personName, honorific: null, bio: null, role_title: null, organisation_id: null, country: 'ES', email, gender: null, created_at: now, updated_at: now }).execute();
    return id;
  };
  const people = { nadia: await person('Nadia Ouali', 'nadia@example.org'), iker: await person('Iker Etxeberria', 'iker@example.org'), ana: await person('Ana Souza', 'ana@example.org') };
  const slotTimes = await db.selectFrom('time_slot').select(['id', 'starts_at', 'ends_at']).where('edition_id', '=', edition.id).execute();
  const timesOf = (slotId: string | null) => slotTimes.find((row) => row.id === slotId);
  const session = async (code: string, spec: { format?: SessionFormat; language: string; interpretation?: string[]; capacity?: number; slotId?: string; roomId?: string; at?: [string, string]; draft?: boolean; speakers: string[] }) => {
    const id = newId();
    const times = spec.at ?? (timesOf(spec.slotId ?? null) ? [timesOf(spec.slotId!)!.starts_at, timesOf(spec.slotId!)!.ends_at] : null);
    await db.insertInto('session').values({
      id, edition_id: edition.id, code, format: spec.format ?? 'workshop', title: text(`Workshop ${code}`), summary: null, context: null, objectives: '[]', main_questions: '[]',
      thematic_line_id: null, slot_id: spec.slotId ?? null, venue_id: spec.roomId ?? null, starts_at: times?.[0] ?? null, ends_at: times?.[1] ?? null, duration_minutes: 90,
      language: spec.language, interpretation_languages: encodeJson(spec.interpretation ?? []), capacity: spec.capacity ?? 40, registration_required: false,
      status: spec.draft ? 'draft' : 'published', proposed_by_user_id: null, created_at: now, updated_at: now,
    }).execute();
    for (const [position, personId] of spec.speakers.entries()) {
      await db.insertInto('session_person_role').values({ id: newId(), session_id: id, person_id: personId, role: 'speaker', status: 'confirmed', position }).execute();
    }
    return id;
  };
  const sessions = {
    w1: await session('1.1', { language: 'fr', slotId: slots.d1s1, roomId: rooms.a, speakers: [people.nadia] }),
    w2: await session('2.1', { language: 'es', interpretation: ['fr'], slotId: slots.d1s2, roomId: rooms.a, speakers: [people.nadia, people.iker] }),
    w3: await session('1.2', { language: 'en', slotId: slots.d1s1, roomId: rooms.b, speakers: [people.ana] }),
    w4: await session('3.1', { language: 'en', draft: true, speakers: [people.iker] }),
    p1: await session('P1', { format: 'plenary', language: 'es', capacity: 150, roomId: rooms.a, at: ['2018-10-01T15:00:00.000Z', '2018-10-01T16:30:00.000Z'], speakers: [people.ana, people.iker] }),
  };
  const organiserId = await createAccount(context, { email: `organiser@${slug}.example`, password: fixturePassword, displayName: 'Organiser', locale: 'en', isAdmin: false });
  await grantEditionRole(context, systemActor, edition.id, { email: `organiser@${slug}.example`, role: 'organiser' });
  const organiser = await loadActor(db, context.storage.dialect, organiserId);
  return { edition, slots, rooms, sessions, people, organiser };
}
