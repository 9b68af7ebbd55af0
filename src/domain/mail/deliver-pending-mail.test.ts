import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readableMail, startSmtpSink, type SmtpSink } from '../../../tests/support/smtp-sink.js';
import { TestClock } from '../../../tests/support/test-app.js';
import { createTestStorage, testEngine, type TestStorage } from '../../../tests/support/test-storage.js';
import { openStorage } from '../../db/database.js';
import { deliverPendingMail } from './deliver-pending-mail.js';
import { createMailSender, type MailSender } from './mail-sender.js';
import { queueMail } from './queue-mail.js';
import { maxDeliveryAttempts } from './record-delivery.js';

describe(`mail delivery over real SMTP, on ${testEngine}`, () => {
  let sink: SmtpSink;
  let storage: TestStorage;
  let sender: MailSender;
  const clock = new TestClock();
  const delivery = { limit: 50, claimForMs: 60_000 };
  const newSender = () => createMailSender({ smtpUrl: sink.url, mailFrom: 'Convergence <forum@example.org>', publicUrl: 'https://forum.example.org' });
  const queueWelcome = (recipient: string) =>
    queueMail(storage.db, clock, { recipient, locale: 'fr', template: 'welcome', params: { displayName: recipient, signInUrl: 'https://forum.example.org/sign-in' } });
  const outboxRow = (id: string) => storage.db.selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  beforeAll(async () => {
    sink = await startSmtpSink();
    storage = await createTestStorage({ shared: true });
    sender = newSender();
  });
  afterEach(async () => {
    sink.refuse(false);
    sink.received.length = 0;
    await storage.db.deleteFrom('mail_outbox').execute();
  });
  afterAll(async () => {
    sender.close();
    await sink.close();
    await storage.close();
  });

  it('a queued password-reset mail in Spanish arrives with the Spanish subject and the link', async () => {
    const resetUrl = 'https://forum.example.org/password-reset/abc';
    const id = await queueMail(storage.db, clock, { recipient: 'itziar@example.org', locale: 'es', template: 'password-reset', params: { displayName: 'Itziar', resetUrl, expiresInMinutes: 60 } });
    expect(await deliverPendingMail(storage, sender, clock, delivery)).toEqual({ sent: 1, failed: 0 });
    expect(sink.received).toMatchObject([{ from: 'forum@example.org', to: ['itziar@example.org'] }]);
    const text = readableMail(sink.received[0]!.raw);
    expect(text).toContain('Subject: Restablezca su contraseña de Convergence');
    expect(text).toContain('Se ha pedido restablecer la contraseña de su cuenta');
    expect(text).toContain(resetUrl);
    expect(text).toContain(`Message-ID: <${id}@forum.example.org>`);
    expect(await outboxRow(id)).toMatchObject({ status: 'sent', attempts: 0, claimed_until: null, sent_at: clock.now().toISOString() });
  });

  it('two processes delivering at once send each mail exactly once', async () => {
    for (let index = 0; index < 12; index++) await queueWelcome(`person${index}@example.org`);
    const other = openStorage(storage.url);
    const otherSender = newSender();
    try {
      const [first, second] = await Promise.all([deliverPendingMail(storage, sender, clock, delivery), deliverPendingMail(other, otherSender, clock, delivery)]);
      expect(first.sent + second.sent).toBe(12);
    } finally {
      otherSender.close();
      await other.close();
    }
    const recipients = sink.received.flatMap((mail) => mail.to);
    expect(recipients).toHaveLength(12);
    expect(new Set(recipients).size).toBe(12);
  });

  it('a refusing server leaves the mail queued with the error, and it is given up after five attempts', async () => {
    const id = await queueWelcome('nobody@example.org');
    sink.refuse(true);
    expect(await deliverPendingMail(storage, sender, clock, delivery)).toEqual({ sent: 0, failed: 1 });
    const afterFirst = await outboxRow(id);
    expect(afterFirst).toMatchObject({ status: 'queued', attempts: 1, claimed_until: null });
    expect(afterFirst.last_error).toContain('550');
    for (let attempt = 2; attempt <= maxDeliveryAttempts; attempt++) await deliverPendingMail(storage, sender, clock, delivery);
    expect(await outboxRow(id)).toMatchObject({ status: 'failed', attempts: maxDeliveryAttempts });
    sink.refuse(false);
    expect(await deliverPendingMail(storage, sender, clock, delivery)).toEqual({ sent: 0, failed: 0 });
    expect(sink.received).toEqual([]);
  });

  it('a mail claimed by a process that died is picked up again once its claim expires', async () => {
    const id = await queueWelcome('late@example.org');
    const claimedUntil = new Date(clock.now().getTime() + 60_000).toISOString();
    await storage.db.updateTable('mail_outbox').set({ status: 'sending', claimed_until: claimedUntil }).where('id', '=', id).execute();
    expect(await deliverPendingMail(storage, sender, clock, delivery)).toEqual({ sent: 0, failed: 0 });
    clock.advance(61_000);
    expect(await deliverPendingMail(storage, sender, clock, delivery)).toEqual({ sent: 1, failed: 0 });
    expect(sink.received.map((mail) => mail.to)).toEqual([['late@example.org']]);
  });

  it('one run sends no more than its limit, oldest first', async () => {
    for (const name of ['a', 'b', 'c']) await queueWelcome(`${name}@example.org`);
    expect(await deliverPendingMail(storage, sender, clock, { ...delivery, limit: 2 })).toEqual({ sent: 2, failed: 0 });
    expect(sink.received.map((mail) => mail.to)).toEqual([['a@example.org'], ['b@example.org']]);
  });
});
