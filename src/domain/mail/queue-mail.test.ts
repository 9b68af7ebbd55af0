import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClock } from '../../../tests/support/test-app.js';
import { createTestStorage, testEngine, type TestStorage } from '../../../tests/support/test-storage.js';
import { queueMail } from './queue-mail.js';

describe(`queueing mail, on ${testEngine}`, () => {
  let storage: TestStorage;
  const clock = new TestClock();
  const welcome = (recipient: string, locale: string) =>
    ({ recipient, locale, template: 'welcome', params: { displayName: 'Mikel', signInUrl: 'https://forum.example.org/sign-in' } }) as const;

  beforeAll(async () => {
    storage = await createTestStorage();
  });
  afterAll(() => storage.close());

  it('a queued mail waits in the outbox, written in the reader’s language', async () => {
    const id = await queueMail(storage.db, clock, welcome('mikel@example.org', 'es'));
    const stored = await storage.db.selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(stored).toMatchObject({
      recipient: 'mikel@example.org', locale: 'es', template: 'welcome', subject: 'Le damos la bienvenida a Convergence',
      status: 'queued', attempts: 0, last_error: null, claimed_until: null, sent_at: null, created_at: clock.now().toISOString(),
    });
    expect(stored.text_body).toContain('Hola, Mikel:');
  });

  it('the outbox records English for a reader of a language we do not write mail in', async () => {
    const id = await queueMail(storage.db, clock, welcome('eneko@example.org', 'eu'));
    expect(await storage.db.selectFrom('mail_outbox').select('locale').where('id', '=', id).executeTakeFirstOrThrow()).toEqual({ locale: 'en' });
  });

  it('a mail queued in a transaction that is rolled back never reaches the outbox', async () => {
    const rolledBack = storage.db.transaction().execute(async (transaction) => {
      await queueMail(transaction, clock, welcome('ghost@example.org', 'fr'));
      throw new Error('the change that caused the mail failed');
    });
    await expect(rolledBack).rejects.toThrow('the change that caused the mail failed');
    expect(await storage.db.selectFrom('mail_outbox').select('id').where('recipient', '=', 'ghost@example.org').execute()).toEqual([]);
  });
});
