import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startSmtpSink, type SmtpSink } from '../../../tests/support/smtp-sink.js';
import { TestClock } from '../../../tests/support/test-app.js';
import { createTestStorage, testEngine, type TestStorage } from '../../../tests/support/test-storage.js';
import { createMailSender, type MailSender } from './mail-sender.js';
import { startMailWorker } from './mail-worker.js';
import { queueMail } from './queue-mail.js';

describe(`the background mail worker, on ${testEngine}`, () => {
  let sink: SmtpSink;
  let storage: TestStorage;
  const clock = new TestClock();
  const queueWelcome = (recipient: string) =>
    queueMail(storage.db, clock, { recipient, locale: 'en', template: 'welcome', params: { displayName: recipient, signInUrl: 'https://forum.example.org/sign-in' } });
  const statuses = async () => (await storage.db.selectFrom('mail_outbox').select('status').execute()).map((row) => row.status);

  beforeAll(async () => {
    sink = await startSmtpSink();
    storage = await createTestStorage();
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    sink.received.length = 0;
    await storage.db.deleteFrom('mail_outbox').execute();
  });
  afterAll(async () => {
    await sink.close();
    await storage.close();
  });

  it('delivers queued mail over SMTP in the background until stopped', async () => {
    const worker = startMailWorker(storage, createMailSender({ smtpUrl: sink.url, mailFrom: 'forum@example.org', publicUrl: 'https://forum.example.org' }), clock, { intervalMs: 10 });
    await queueWelcome('ana@example.org');
    await vi.waitFor(async () => expect(await statuses()).toEqual(['sent']));
    await worker.stop();
    expect(sink.received.map((mail) => mail.to)).toEqual([['ana@example.org']]);
  });

  it('never starts a run while the previous one is still sending', async () => {
    let sending = 0;
    let mostAtOnce = 0;
    let firstSend = true;
    const slowSender: MailSender = {
      async send() {
        mostAtOnce = Math.max(mostAtOnce, ++sending);
        // Mail queued during a long send is what two overlapping runs would both find.
        if (firstSend) for (const name of ['b', 'c', 'd']) await queueWelcome(`${name}@example.org`);
        firstSend = false;
        await new Promise((resolve) => setTimeout(resolve, 30));
        sending--;
      },
      close: () => undefined,
    };
    await queueWelcome('a@example.org');
    const worker = startMailWorker(storage, slowSender, clock, { intervalMs: 1 });
    await vi.waitFor(async () => expect(await statuses()).toEqual(['sent', 'sent', 'sent', 'sent']));
    await worker.stop();
    expect(mostAtOnce).toBe(1);
  });

  it('logs a failing run and tries again at the next interval', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const withoutOutbox = { ...storage, db: storage.db.withSchema('no_such_schema') };
    const worker = startMailWorker(withoutOutbox, createMailSender({ smtpUrl: null, mailFrom: 'forum@example.org', publicUrl: 'https://forum.example.org' }), clock, { intervalMs: 1 });
    await vi.waitFor(() => expect(logged.mock.calls.length).toBeGreaterThanOrEqual(2));
    await worker.stop();
    expect(logged.mock.calls[0]![0]).toBe('mail delivery failed:');
  });
});
