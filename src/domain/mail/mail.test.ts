import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TestClock } from '../../../tests/support/test-app.js';
import { startSmtpSink, type SmtpSink } from '../../../tests/support/smtp-sink.js';
import { createTestStorage, testEngine, type TestStorage } from '../../../tests/support/test-storage.js';
import { openStorage } from '../../db/database.js';
import { deliverPendingMail, maxDeliveryAttempts } from './deliver-pending-mail.js';
import { createMailSender } from './mail-sender.js';
import { queueMail } from './queue-mail.js';
import { mailTemplates, renderMail, type MailTemplateName } from './templates/index.js';

const sampleParams = { displayName: 'Itziar', resetUrl: 'https://forum.example.org/password-reset/abc', expiresInMinutes: 60, signInUrl: 'https://forum.example.org/sign-in' };

const decodeQuotedPrintable = (text: string) => text.replace(/(?:=[0-9A-F]{2})+/g, (encoded) => Buffer.from(encoded.replace(/=/g, ''), 'hex').toString('utf8'));

/** The text of a mail as the recipient reads it: encoded header words and quoted-printable undone. */
function readable(raw: string): string {
  const headersDecoded = raw.replace(/=\?UTF-8\?([QB])\?([^?]*)\?=\s*/gi, (_, kind: string, text: string) =>
    kind.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : decodeQuotedPrintable(text.replace(/_/g, ' ')),
  );
  return decodeQuotedPrintable(headersDecoded.replace(/=\r?\n/g, ''));
}

describe('mail templates', () => {
  it('every template renders in French, Spanish and English with all its values', () => {
    for (const name of Object.keys(mailTemplates) as MailTemplateName[]) {
      for (const locale of ['fr', 'es', 'en']) {
        const mail = renderMail(name, locale, sampleParams as never);
        expect(`${mail.subject}${mail.textBody}`, `${name} ${locale}`).not.toMatch(/[{}]/);
        expect(mail.locale).toBe(locale);
      }
    }
  });

  it('falls back to English for a language we do not write mail in', () => {
    expect(renderMail('welcome', 'eu', { displayName: 'Mikel', signInUrl: 'https://x.example.org' })).toMatchObject({ locale: 'en', subject: 'Welcome to Convergence' });
  });
});

describe(`mail delivery over real SMTP, on ${testEngine}`, () => {
  let sink: SmtpSink;
  let storage: TestStorage;
  const clock = new TestClock();
  const config = () => ({ smtpUrl: sink.url, mailFrom: 'Convergence <forum@example.org>', publicUrl: 'https://forum.example.org' });

  beforeAll(async () => {
    sink = await startSmtpSink();
    storage = await createTestStorage({ shared: true });
  });
  afterEach(async () => {
    sink.refuse(false);
    sink.received.length = 0;
    await storage.db.deleteFrom('mail_outbox').execute();
  });
  afterAll(async () => {
    await sink.close();
    await storage.close();
  });

  it('a queued password-reset mail in Spanish arrives with the Spanish subject and the link', async () => {
    await queueMail(storage.db, clock, { recipient: 'itziar@example.org', locale: 'es', template: 'password-reset', params: { displayName: 'Itziar', resetUrl: sampleParams.resetUrl, expiresInMinutes: 60 } });
    const sender = createMailSender(config());
    expect(await deliverPendingMail(storage, sender, clock, { limit: 10, claimForMs: 60_000 })).toEqual({ sent: 1, failed: 0 });
    sender.close();
    expect(sink.received).toHaveLength(1);
    expect(sink.received[0]!.to).toEqual(['itziar@example.org']);
    const text = readable(sink.received[0]!.raw);
    expect(text).toContain('Subject: Restablezca su contraseña de Convergence');
    expect(text).toContain('Se ha pedido restablecer la contraseña de su cuenta');
    expect(text).toContain(sampleParams.resetUrl);
    const stored = await storage.db.selectFrom('mail_outbox').selectAll().executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ status: 'sent', attempts: 0 });
  });

  it('two processes delivering at once send each mail exactly once', async () => {
    for (let index = 0; index < 12; index++) {
      await queueMail(storage.db, clock, { recipient: `person${index}@example.org`, locale: 'fr', template: 'welcome', params: { displayName: `P${index}`, signInUrl: 'https://x.example.org' } });
    }
    const other = openStorage(storage.url);
    const [first, second] = [createMailSender(config()), createMailSender(config())];
    try {
      const results = await Promise.all([
        deliverPendingMail(storage, first, clock, { limit: 50, claimForMs: 60_000 }),
        deliverPendingMail(other, second, clock, { limit: 50, claimForMs: 60_000 }),
      ]);
      expect(results[0]!.sent + results[1]!.sent).toBe(12);
    } finally {
      first.close();
      second.close();
      await other.close();
    }
    const recipients = sink.received.flatMap((mail) => mail.to).sort();
    expect(recipients).toHaveLength(12);
    expect(new Set(recipients).size).toBe(12);
  });

  it('a refusing server leaves the mail queued with the error, and gives up after five attempts', async () => {
    await queueMail(storage.db, clock, { recipient: 'nobody@example.org', locale: 'en', template: 'welcome', params: { displayName: 'N', signInUrl: 'https://x.example.org' } });
    sink.refuse(true);
    const sender = createMailSender(config());
    await deliverPendingMail(storage, sender, clock, { limit: 10, claimForMs: 60_000 });
    let stored = await storage.db.selectFrom('mail_outbox').selectAll().executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ status: 'queued', attempts: 1 });
    expect(stored.last_error).toContain('550');
    for (let attempt = 1; attempt < maxDeliveryAttempts; attempt++) await deliverPendingMail(storage, sender, clock, { limit: 10, claimForMs: 60_000 });
    sender.close();
    stored = await storage.db.selectFrom('mail_outbox').selectAll().executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ status: 'failed', attempts: maxDeliveryAttempts });
  });

  it('a mail claimed by a process that died is picked up again once its claim expires', async () => {
    const id = await queueMail(storage.db, clock, { recipient: 'late@example.org', locale: 'fr', template: 'welcome', params: { displayName: 'L', signInUrl: 'https://x.example.org' } });
    await storage.db.updateTable('mail_outbox').set({ status: 'sending', claimed_until: new Date(clock.now().getTime() + 60_000).toISOString() }).where('id', '=', id).execute();
    const sender = createMailSender(config());
    expect((await deliverPendingMail(storage, sender, clock, { limit: 10, claimForMs: 60_000 })).sent).toBe(0);
    clock.advance(61_000);
    expect((await deliverPendingMail(storage, sender, clock, { limit: 10, claimForMs: 60_000 })).sent).toBe(1);
    sender.close();
  });
});
