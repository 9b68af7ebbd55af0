import type { Clock } from '../../db/clock.js';
import type { Storage } from '../../db/database.js';
import { claimMail, findClaimableMail } from './claim-mail.js';
import type { MailSender } from './mail-sender.js';
import { recordFailure, recordSent } from './record-delivery.js';

export interface DeliveryOptions {
  /** The most mail one run sends. */
  limit: number;
  /** How long, in milliseconds, a claimed mail belongs to this process before another may retry it. */
  claimForMs: number;
}

export interface DeliveryResult {
  sent: number;
  /** Sends that failed in this run; the mail is retried later unless it ran out of attempts. */
  failed: number;
}

/**
 * Sends queued mail. Several app processes may run this at once on one database: each mail is claimed
 * first, so exactly one of them sends it.
 *
 * @example
 *   await deliverPendingMail(storage, createMailSender(config), systemClock, { limit: 50, claimForMs: 300_000 });
 */
export async function deliverPendingMail(storage: Storage, sender: MailSender, clock: Clock, options: DeliveryOptions): Promise<DeliveryResult> {
  const { db } = storage;
  const result: DeliveryResult = { sent: 0, failed: 0 };
  for (const id of await findClaimableMail(db, clock.now(), options.limit)) {
    const mail = await claimMail(db, id, clock.now(), options.claimForMs);
    if (!mail) continue;
    try {
      await sender.send({ to: mail.recipient, subject: mail.subject, text: mail.text_body, messageId: mail.id });
    } catch (error) {
      await recordFailure(db, mail, error);
      result.failed++;
      continue;
    }
    await recordSent(db, id, clock.now());
    result.sent++;
  }
  return result;
}
