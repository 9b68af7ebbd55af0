import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

/**
 * A fingerprint of everything public pages show: it changes whenever an edition, session, person,
 * organisation or initiative is added, changed or removed, and with every staff change recorded in
 * the audit log (rooms, slots, partners…). Cheap enough to ask every few seconds, so every app
 * process can tell, on its own, whether a kept page is still right. A new kind of public content
 * must either carry `updated_at` here or go through an audited service.
 */
export async function publicContentVersion(db: Db): Promise<string> {
  const { rows } = await sql<{ version: string }>`
    select (select coalesce(max(updated_at), '') || ':' || count(*) from edition)
      || '|' || (select coalesce(max(updated_at), '') || ':' || count(*) from session)
      || '|' || (select coalesce(max(updated_at), '') || ':' || count(*) from person)
      || '|' || (select coalesce(max(updated_at), '') || ':' || count(*) from organisation)
      || '|' || (select coalesce(max(updated_at), '') || ':' || count(*) from initiative)
      || '|' || (select count(*) from session_person_role)
      || '|' || (select count(*) from venue) || ':' || (select count(*) from time_slot)
      || '|' || (select coalesce(max(id), '') from audit_entry) as version`.execute(db);
  return rows[0]?.version ?? '';
}
