import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClock } from '../../../tests/support/test-app.js';
import { createTestStorage, testEngine, type TestStorage } from '../../../tests/support/test-storage.js';
import { listOutbox } from './outbox.js';
import { queueMail } from './queue-mail.js';

describe(`the outbox, on ${testEngine}`, () => {
  let storage: TestStorage;
  const clock = new TestClock();

  beforeAll(async () => {
    storage = await createTestStorage();
    for (const name of ['first', 'second', 'third']) {
      await queueMail(storage.db, clock, { recipient: `${name}@example.org`, locale: 'fr', template: 'welcome', params: { displayName: name, signInUrl: 'https://x.example.org' } });
      clock.advance(60_000);
    }
  });
  afterAll(() => storage.close());

  it('lists the newest mail first, a page at a time', async () => {
    const recipients = async (offset: number) => (await listOutbox(storage.db, { limit: 2, offset })).map((mail) => mail.recipient);
    expect(await recipients(0)).toEqual(['third@example.org', 'second@example.org']);
    expect(await recipients(2)).toEqual(['first@example.org']);
  });

  it('shows each mail as written, with its delivery state', async () => {
    const [newest] = await listOutbox(storage.db, { limit: 1, offset: 0 });
    expect(newest).toMatchObject({ subject: 'Bienvenue sur Convergence', status: 'queued', attempts: 0, lastError: null, sentAt: null });
    expect(newest!.textBody).toContain('Bonjour third');
  });
});
