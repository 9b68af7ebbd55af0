import type { ExpressionBuilder } from 'kysely';
import { instant } from '../../db/clock.js';
import type { Db } from '../../db/database.js';
import type { DatabaseSchema } from '../../db/schema.js';
import type { MailOutboxTable } from './tables.js';

/** Queued, or claimed by a process that has not finished within its claim (it may have died). */
function claimable(now: string) {
  return (eb: ExpressionBuilder<DatabaseSchema, 'mail_outbox'>) =>
    eb.or([eb('status', '=', 'queued'), eb.and([eb('status', '=', 'sending'), eb('claimed_until', '<', now)])]);
}

/** The ids of mail waiting for a sender, oldest first. */
export async function findClaimableMail(db: Db, now: Date, limit: number): Promise<string[]> {
  const rows = await db.selectFrom('mail_outbox').select('id').where(claimable(instant(now))).orderBy('id').limit(limit).execute();
  return rows.map((row) => row.id);
}

/**
 * Takes a mail for this process until `now + claimForMs`, or returns undefined when another process
 * took it first. One conditional UPDATE decides, so this needs no engine-specific locking.
 */
export async function claimMail(db: Db, id: string, now: Date, claimForMs: number): Promise<MailOutboxTable | undefined> {
  const claim = await db
    .updateTable('mail_outbox')
    .set({ status: 'sending', claimed_until: instant(new Date(now.getTime() + claimForMs)) })
    .where('id', '=', id)
    .where(claimable(instant(now)))
    .executeTakeFirst();
  if (Number(claim.numUpdatedRows) !== 1) return undefined;
  return db.selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirst();
}
