import type { Instant } from '../../db/column-types.js';

export const outboxStatuses = ['queued', 'sending', 'sent', 'failed'] as const;
export type OutboxStatus = (typeof outboxStatuses)[number];

/** Mail waits here until a sender, in any app process, claims and sends it. */
export interface MailOutboxTable {
  id: string;
  recipient: string;
  locale: string;
  template: string;
  subject: string;
  text_body: string;
  status: OutboxStatus;
  attempts: number;
  last_error: string | null;
  /** Until then the mail belongs to the process that claimed it. */
  claimed_until: Instant | null;
  created_at: Instant;
  sent_at: Instant | null;
}

export interface MailTables {
  mail_outbox: MailOutboxTable;
}
