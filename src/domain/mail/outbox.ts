import type { Db } from '../../db/database.js';
import type { OutboxStatus } from './tables.js';

export interface OutboxEntry {
  id: string;
  recipient: string;
  locale: string;
  template: string;
  subject: string;
  textBody: string;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

/**
 * One page of the outbox, newest first.
 *
 * @example
 *   const latest = await listOutbox(storage.db, { limit: 100, offset: 0 });
 */
export async function listOutbox(db: Db, page: { limit: number; offset: number }): Promise<OutboxEntry[]> {
  const rows = await db
    .selectFrom('mail_outbox')
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return rows.map((row) => ({
    id: row.id, recipient: row.recipient, locale: row.locale, template: row.template, subject: row.subject, textBody: row.text_body,
    status: row.status, attempts: row.attempts, lastError: row.last_error, createdAt: row.created_at, sentAt: row.sent_at,
  }));
}
