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
  // Each max() stands alone so that both engines answer it from the `updated_at` index.
  const latest = (table: string) => sql`coalesce((select max(updated_at) from ${sql.table(table)}), '') || ':' || (select count(*) from ${sql.table(table)})`;
  const { rows } = await sql<{ version: string }>`
    select ${latest('edition')} || '|' || ${latest('session')} || '|' || ${latest('person')} || '|' || ${latest('organisation')} || '|' || ${latest('initiative')}
      || '|' || (select count(*) from session_person_role)
      || '|' || (select count(*) from venue) || ':' || (select count(*) from time_slot)
      || '|' || (select coalesce(max(id), '') from audit_entry) as version`.execute(db);
  return rows[0]?.version ?? '';
}
