import { instant } from '../../db/clock.js';
import type { Db } from '../../db/database.js';

/** After this many refused or failed sends a mail is marked failed and no longer retried. */
export const maxDeliveryAttempts = 5;

/** Longest error kept in last_error, in characters. */
const errorLength = 1000;

export async function recordSent(db: Db, id: string, now: Date): Promise<void> {
  await db.updateTable('mail_outbox').set({ status: 'sent', sent_at: instant(now), claimed_until: null }).where('id', '=', id).execute();
}

/** Puts the mail back in the queue with the error, or gives up on it after the last attempt. */
export async function recordFailure(db: Db, mail: { id: string; attempts: number }, error: unknown): Promise<void> {
  const attempts = mail.attempts + 1;
  await db
    .updateTable('mail_outbox')
    .set({
      status: attempts >= maxDeliveryAttempts ? 'failed' : 'queued',
      attempts,
      last_error: (error instanceof Error ? error.message : String(error)).slice(0, errorLength),
      claimed_until: null,
    })
    .where('id', '=', mail.id)
    .execute();
}
