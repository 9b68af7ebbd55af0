import { instant, type Clock } from '../../db/clock.js';
import type { Db } from '../../db/database.js';
import { newId } from '../../db/ids.js';
import { renderMail, type MailParams, type MailTemplateName } from './templates/index.js';

export interface MailRequest<Name extends MailTemplateName> {
  recipient: string;
  /** The reader's interface language; mail falls back to English for a language we do not write in. */
  locale: string;
  template: Name;
  params: MailParams<Name>;
}

/**
 * Renders a mail, puts it in the outbox and returns its id; a sender in any app process delivers it
 * later. Pass a transaction to queue the mail only if the change that caused it is kept.
 *
 * @example
 *   await db.transaction().execute((transaction) =>
 *     queueMail(transaction, clock, { recipient, locale: 'es', template: 'welcome', params: { displayName, signInUrl } }));
 */
export async function queueMail<Name extends MailTemplateName>(db: Db, clock: Clock, request: MailRequest<Name>): Promise<string> {
  const rendered = renderMail(request.template, request.locale, request.params);
  const id = newId();
  await db
    .insertInto('mail_outbox')
    .values({
      id, recipient: request.recipient, locale: rendered.locale, template: request.template, subject: rendered.subject,
      text_body: rendered.textBody, status: 'queued', attempts: 0, last_error: null, claimed_until: null,
      created_at: instant(clock.now()), sent_at: null,
    })
    .execute();
  return id;
}
