import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

/**
 * A fingerprint of everything public pages show: it changes whenever an edition, session, person,
 * organisation or initiative is added, changed or removed. Cheap enough to ask every few seconds,
 * so every app process can tell, on its own, whether a kept page is still right.
 */
export async function publicContentVersion(db: Db): Promise<string> {
  const { rows } = await sql<{ version: string }>`
    select (select coalesce(max(updated_at), '') || ':' || count(*) from edition)
      || '|' || (select coalesce(max(updated_at), '') || ':' || count(*) from session)
      || '|' || (select coalesce(max(updated_at), '') || ':' || count(*) from person)
      || '|' || (select coalesce(max(updated_at), '') || ':' || count(*) from organisation)
      || '|' || (select coalesce(max(updated_at), '') || ':' || count(*) from initiative)
      || '|' || (select count(*) from session_person_role) as version`.execute(db);
  return rows[0]?.version ?? '';
}
