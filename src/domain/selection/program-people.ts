import { instant } from '../../db/clock.js';
import { encodeJson, type Db } from '../../db/database.js';
import { newId } from '../../db/ids.js';
import type { Clock } from '../../db/clock.js';
import type { LocalizedText } from '../text/localized-text.js';

/**
 * The program's person for an account: the one already linked, else one with the same address,
 * else a new one; the account is linked to it either way.
 */
export async function personForAccount(db: Db, clock: Clock, userId: string, facts: { gender?: string | null; bio?: LocalizedText | null; country?: string | null } = {}): Promise<string> {
  const user = await db.selectFrom('user_account').select(['person_id', 'email', 'display_name']).where('id', '=', userId).executeTakeFirstOrThrow();
  if (user.person_id) return user.person_id;
  const now = instant(clock.now());
  const existing = await db.selectFrom('person').select('id').where('email', '=', user.email).executeTakeFirst();
  const personId = existing?.id ?? newId();
  if (!existing) {
    await db.insertInto('person').values({
      id: personId, name: user.display_name, honorific: null, bio: facts.bio ? encodeJson(facts.bio) : null, role_title: null, organisation_id: null,
      country: facts.country ?? null, email: user.email, gender: facts.gender ?? null, created_at: now, updated_at: now,
    }).execute();
  }
  await db.updateTable('user_account').set({ person_id: personId, updated_at: now }).where('id', '=', userId).execute();
  return personId;
}

/** Gives a person a role in a session once; a second call changes nothing. */
export async function addSessionRole(db: Db, sessionId: string, personId: string, role: 'moderator' | 'speaker'): Promise<void> {
  const existing = await db.selectFrom('session_person_role').select('id').where('session_id', '=', sessionId).where('person_id', '=', personId).where('role', '=', role).executeTakeFirst();
  if (existing) return;
  const count = await db.selectFrom('session_person_role').select((eb) => eb.fn.countAll<number>().as('count')).where('session_id', '=', sessionId).executeTakeFirstOrThrow();
  await db.insertInto('session_person_role').values({ id: newId(), session_id: sessionId, person_id: personId, role, status: 'confirmed', position: Number(count.count) }).execute();
}
