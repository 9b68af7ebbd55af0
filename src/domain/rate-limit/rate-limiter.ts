import { instant, type Clock } from '../../db/clock.js';
import type { Db } from '../../db/database.js';

export interface RateLimitRule {
  /** What is limited and for whom: `sign-in:ip:203.0.113.9`. */
  bucket: string;
  limit: number;
  windowSeconds: number;
}

export interface RateLimitVerdict {
  allowed: boolean;
  retryAfterSeconds: number;
}

/**
 * Counts one hit in the database, so every app process shares the count (one atomic upsert per
 * hit: no read-then-write race between processes). The limit applies to a sliding window, estimated
 * from the current fixed window and the part of the previous one still inside it: a burst just
 * before a window boundary cannot be followed by a full new allowance just after it.
 */
export async function hitRateLimit(db: Db, clock: Clock, rule: RateLimitRule): Promise<RateLimitVerdict> {
  const now = clock.now().getTime();
  const windowMs = rule.windowSeconds * 1000;
  const windowStart = Math.floor(now / windowMs) * windowMs;
  const current = await db
    .insertInto('rate_limit')
    .values({ bucket: rule.bucket, window_start: instant(new Date(windowStart)), hits: 1 })
    .onConflict((conflict) => conflict.columns(['bucket', 'window_start']).doUpdateSet((eb) => ({ hits: eb('rate_limit.hits', '+', 1) })))
    .returning('hits')
    .executeTakeFirstOrThrow();
  const previous = await db
    .selectFrom('rate_limit')
    .select('hits')
    .where('bucket', '=', rule.bucket)
    .where('window_start', '=', instant(new Date(windowStart - windowMs)))
    .executeTakeFirst();
  const stillInside = 1 - (now - windowStart) / windowMs;
  const estimated = current.hits + (previous?.hits ?? 0) * stillInside;
  return { allowed: estimated <= rule.limit, retryAfterSeconds: Math.ceil((windowStart + windowMs - now) / 1000) };
}

/** Forgets windows that ended more than a day ago. */
export async function purgeRateLimits(db: Db, clock: Clock): Promise<void> {
  await db.deleteFrom('rate_limit').where('window_start', '<', instant(new Date(clock.now().getTime() - 86_400_000))).execute();
}
