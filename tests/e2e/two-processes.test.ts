import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config/index.js';
import { systemClock } from '../../src/db/clock.js';
import { makeAccount, testPassword } from '../factories/forum.js';
import { startServerProcess, type ServerProcess } from '../support/server-process.js';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.js';
import { TestClient } from '../support/test-client.js';
import { createTestStorage, testEngine, type TestStorage } from '../support/test-storage.js';

describe(`two stateless app processes on one ${testEngine} database behave as one`, () => {
  let storage: TestStorage;
  let first: ServerProcess;
  let second: ServerProcess;
  let sink: SmtpSink;

  beforeAll(async () => {
    storage = await createTestStorage({ shared: true });
    const context = { storage, clock: systemClock, config: readConfig({}) };
    await makeAccount(context, 'ana@example.org');
    await makeAccount(context, 'bea@example.org');
    sink = await startSmtpSink();
    const environment = { DATABASE_URL: storage.url, CONVERGENCE_ENV: 'test', DEMO: 'off', SMTP_URL: sink.url };
    [first, second] = await Promise.all([startServerProcess(environment), startServerProcess(environment)]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([first?.stop(), second?.stop(), sink?.close()]);
    await storage.close();
  });

  it('signs in on one process and acts on the other', async () => {
    const onFirst = TestClient.overHttp(first.url);
    expect((await onFirst.signIn('ana@example.org', testPassword)).status).toBe(200);
    const onSecond = TestClient.overHttp(second.url);
    for (const [name, value] of onFirst.cookies) onSecond.cookies.set(name, value);
    const session = (await (await onSecond.get('/api/v1/session')).json()) as { user: { email: string } | null };
    expect(session.user?.email).toBe('ana@example.org');
    expect((await onSecond.post('/api/v1/auth/sign-out')).status).toBe(204);
    const afterSignOut = (await (await onFirst.get('/api/v1/session')).json()) as { user: unknown };
    expect(afterSignOut.user).toBeNull();
  });

  it('queues mail on one process and the two senders deliver it exactly once over SMTP', async () => {
    const response = await TestClient.overHttp(second.url).post('/api/v1/auth/sign-up', {
      json: { email: 'nadia@example.org', password: testPassword, displayName: 'Nadia', locale: 'fr' },
    });
    expect(response.status).toBe(202);
    const deadline = Date.now() + 15_000;
    while (sink.received.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(sink.received.map((mail) => mail.to)).toEqual([['nadia@example.org']]);
    expect(sink.received[0]!.raw).toContain('Bienvenue sur Convergence');
  });

  it('counts sign-in attempts across both processes', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 12; attempt++) {
      const client = TestClient.overHttp(attempt % 2 === 0 ? first.url : second.url);
      statuses.push((await client.signIn('bea@example.org', 'wrong guess')).status);
    }
    expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });
});
