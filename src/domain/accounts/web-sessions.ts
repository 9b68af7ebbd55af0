import type { Db } from '../../db/database.js';
import { instant, type Clock } from '../../db/clock.js';
import { newSecretToken, tokenDigest } from './tokens.js';

const dayInMs = 86_400_000;

/** Opens a session and returns the token for the cookie; the database keeps only its digest. */
export async function openWebSession(db: Db, clock: Clock, userId: string, days: number): Promise<string> {
  const token = newSecretToken();
  const now = clock.now();
  await db
    .insertInto('web_session')
    .values({ id: tokenDigest(token), user_id: userId, created_at: instant(now), expires_at: instant(new Date(now.getTime() + days * dayInMs)) })
    .execute();
  return token;
}

/** The user id behind a session cookie, or null when unknown or expired. */
export async function findWebSessionUser(db: Db, clock: Clock, token: string): Promise<string | null> {
  const session = await db
    .selectFrom('web_session')
    .select('user_id')
    .where('id', '=', tokenDigest(token))
    .where('expires_at', '>', instant(clock.now()))
    .executeTakeFirst();
  return session?.user_id ?? null;
}

export async function closeWebSession(db: Db, token: string): Promise<void> {
  await db.deleteFrom('web_session').where('id', '=', tokenDigest(token)).execute();
}

export async function closeAllWebSessions(db: Db, userId: string): Promise<void> {
  await db.deleteFrom('web_session').where('user_id', '=', userId).execute();
}
