import { instant, type Clock } from '../../db/clock.js';
import type { Storage } from '../../db/database.js';
import type { MailSender } from './mail-sender.js';

export const maxDeliveryAttempts = 5;

export interface DeliveryOptions {
  limit: number;
  /** How long a claimed mail belongs to this process before another may retry it. */
  claimForMs: number;
}

/**
 * Sends queued mail. Each mail is claimed with one conditional UPDATE, so when several app processes
 * share the database exactly one of them sends it, with no engine-specific locking.
 */
export async function deliverPendingMail(storage: Storage, sender: MailSender, clock: Clock, options: DeliveryOptions): Promise<{ sent: number; failed: number }> {
  const { db } = storage;
  const now = instant(clock.now());
  const candidates = await db
    .selectFrom('mail_outbox')
    .select('id')
    .where((eb) => eb.or([eb('status', '=', 'queued'), eb.and([eb('status', '=', 'sending'), eb('claimed_until', '<', now)])]))
    .orderBy('id')
    .limit(options.limit)
    .execute();
  let sent = 0;
  let failed = 0;
  for (const { id } of candidates) {
    const claimedUntil = instant(new Date(clock.now().getTime() + options.claimForMs));
    const claim = await db
      .updateTable('mail_outbox')
      .set({ status: 'sending', claimed_until: claimedUntil })
      .where('id', '=', id)
      .where((eb) => eb.or([eb('status', '=', 'queued'), eb.and([eb('status', '=', 'sending'), eb('claimed_until', '<', now)])]))
      .executeTakeFirst();
    if (Number(claim.numUpdatedRows) !== 1) continue;
    const mail = await db.selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    try {
      await sender.send({ to: mail.recipient, subject: mail.subject, text: mail.text_body, messageId: mail.id });
      await db.updateTable('mail_outbox').set({ status: 'sent', sent_at: instant(clock.now()), claimed_until: null }).where('id', '=', id).execute();
      sent++;
    } catch (error) {
      const attempts = mail.attempts + 1;
      await db
        .updateTable('mail_outbox')
        .set({ status: attempts >= maxDeliveryAttempts ? 'failed' : 'queued', attempts, last_error: String(error instanceof Error ? error.message : error).slice(0, 1000), claimed_until: null })
        .where('id', '=', id)
        .execute();
      failed++;
    }
  }
  return { sent, failed };
}
