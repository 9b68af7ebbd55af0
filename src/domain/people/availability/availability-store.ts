import { instant, type Clock } from '../../../db/clock.js';
import type { Db } from '../../../db/database.js';
import { newId } from '../../../db/ids.js';
import type { Actor } from '../../accounts/actor.js';
import type { AvailabilityWindow, ValidAvailability } from './availability-input.js';

export interface StoredWindow extends AvailabilityWindow {
  id: string;
}

/** One person's availability for one edition, as stored. */
export interface PersonAvailability {
  personId: string;
  /** Null when the person never saved a zone (their windows, if any, then came with one: never both absent). */
  timeZone: string | null;
  windows: StoredWindow[];
  updatedAt: string | null;
}

/**
 * Every person's availability for an edition, by person, in two queries: what the solver reads.
 *
 * @example
 *   const byPerson = await loadEditionAvailability(db, edition.id);
 *   byPerson.get(personId)?.windows; // [{ kind: 'available', startsAt, endsAt, … }]
 */
export async function loadEditionAvailability(db: Db, editionId: string): Promise<Map<string, PersonAvailability>> {
  const [zones, windows] = await Promise.all([
    db.selectFrom('person_availability').selectAll().where('edition_id', '=', editionId).execute(),
    db.selectFrom('availability_window').selectAll().where('edition_id', '=', editionId).orderBy('person_id').orderBy('position').execute(),
  ]);
  const byPerson = new Map<string, PersonAvailability>();
  for (const row of zones) byPerson.set(row.person_id, { personId: row.person_id, timeZone: row.time_zone, windows: [], updatedAt: row.updated_at });
  for (const row of windows) {
    let entry = byPerson.get(row.person_id);
    if (!entry) byPerson.set(row.person_id, entry = { personId: row.person_id, timeZone: null, windows: [], updatedAt: null });
    entry.windows.push({ id: row.id, kind: row.kind, startsAt: row.starts_at, endsAt: row.ends_at, note: row.note });
  }
  return byPerson;
}

export async function loadPersonAvailability(db: Db, editionId: string, personId: string): Promise<PersonAvailability> {
  const [zone, windows] = await Promise.all([
    db.selectFrom('person_availability').selectAll().where('edition_id', '=', editionId).where('person_id', '=', personId).executeTakeFirst(),
    db.selectFrom('availability_window').selectAll().where('edition_id', '=', editionId).where('person_id', '=', personId).orderBy('position').execute(),
  ]);
  return {
    personId, timeZone: zone?.time_zone ?? null, updatedAt: zone?.updated_at ?? null,
    windows: windows.map((row) => ({ id: row.id, kind: row.kind, startsAt: row.starts_at, endsAt: row.ends_at, note: row.note })),
  };
}

/** Replaces the person's zone and windows; call it inside a transaction so a failure keeps what stood. */
export async function saveAvailability(db: Db, clock: Clock, actor: Actor, editionId: string, personId: string, availability: ValidAvailability): Promise<void> {
  const now = instant(clock.now());
  const row = { time_zone: availability.timeZone, updated_at: now, updated_by_user_id: actor.user?.id ?? null };
  await db.insertInto('person_availability').values({ person_id: personId, edition_id: editionId, ...row })
    .onConflict((conflict) => conflict.columns(['person_id', 'edition_id']).doUpdateSet(row)).execute();
  await db.deleteFrom('availability_window').where('edition_id', '=', editionId).where('person_id', '=', personId).execute();
  if (availability.windows.length === 0) return;
  await db.insertInto('availability_window').values(availability.windows.map((window, position) => ({
    id: newId(), person_id: personId, edition_id: editionId, kind: window.kind, starts_at: window.startsAt, ends_at: window.endsAt, note: window.note, position,
  }))).execute();
}
