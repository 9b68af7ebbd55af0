import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { makeAccount, testPassword } from '../../../tests/factories/forum.js';
import { createTestApp, type TestApp } from '../../../tests/support/test-app.js';
import { TestClient } from '../../../tests/support/test-client.js';
import { testEngine } from '../../../tests/support/test-storage.js';

describe(`accounts, on ${testEngine}`, () => {
  let harness: TestApp;
  beforeEach(async () => {
    await harness?.close();
    harness = await createTestApp();
  });
  afterAll(() => harness.close());

  const outbox = () => harness.storage.db.selectFrom('mail_outbox').selectAll().orderBy('id').execute();

  it('stores passwords as argon2id hashes, never as given', async () => {
    await makeAccount(harness.context, 'ana@example.org');
    const row = await harness.storage.db.selectFrom('user_account').select('password_hash').executeTakeFirstOrThrow();
    expect(row.password_hash.startsWith('$argon2id$')).toBe(true);
    expect(row.password_hash).not.toContain(testPassword);
  });

  it('sign-up answers the same whether or not the email is taken, and mails the right message', async () => {
    const client = new TestClient(harness.app);
    const first = await client.post('/api/v1/auth/sign-up', { json: { email: 'Ana@Example.org', password: testPassword, displayName: 'Ana', locale: 'es' } });
    const again = await client.post('/api/v1/auth/sign-up', { json: { email: 'ana@example.org', password: 'another long password', displayName: 'Impostor', locale: 'fr' } });
    expect([first.status, again.status]).toEqual([202, 202]);
    expect(await first.text()).toBe(await again.text());
    const mails = await outbox();
    expect(mails.map((mail) => [mail.recipient, mail.template, mail.locale])).toEqual([
      ['ana@example.org', 'welcome', 'es'],
      ['ana@example.org', 'account-exists', 'es'],
    ]);
    expect((await client.signIn('ana@example.org', 'another long password')).status).toBe(401);
  });

  it('a wrong email and a wrong password get the same answer', async () => {
    await makeAccount(harness.context, 'ana@example.org');
    const client = new TestClient(harness.app);
    const wrongPassword = await client.signIn('ana@example.org', 'not the password');
    const wrongEmail = await client.signIn('nobody@example.org', 'not the password');
    expect([wrongPassword.status, wrongEmail.status]).toEqual([401, 401]);
    expect(await wrongPassword.text()).toBe(await wrongEmail.text());
  });

  it('the session cookie is HTTP-only and same-site', async () => {
    await makeAccount(harness.context, 'ana@example.org');
    const response = await new TestClient(harness.app).signIn('ana@example.org', testPassword);
    const cookie = response.headers.getSetCookie().find((header) => header.startsWith('cv_session='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
  });

  it('a password reset works once through the mailed link and signs the account out everywhere', async () => {
    await makeAccount(harness.context, 'ana@example.org');
    const elsewhere = new TestClient(harness.app);
    await elsewhere.signIn('ana@example.org', testPassword);
    const client = new TestClient(harness.app);
    expect((await client.post('/api/v1/auth/password-reset', { json: { email: 'ana@example.org' } })).status).toBe(202);
    expect((await client.post('/api/v1/auth/password-reset', { json: { email: 'nobody@example.org' } })).status).toBe(202);
    const mails = await outbox();
    expect(mails).toHaveLength(1);
    const token = mails[0]!.text_body.match(/password-reset\/([A-Za-z0-9_-]+)/)?.[1];
    expect(token).toBeDefined();
    const confirm = { json: { token, password: 'a brand new passphrase' } };
    expect((await client.post('/api/v1/auth/password-reset/confirm', confirm)).status).toBe(204);
    expect((await client.post('/api/v1/auth/password-reset/confirm', confirm)).status).toBe(400);
    expect(((await (await elsewhere.get('/api/v1/session')).json()) as { user: unknown }).user).toBeNull();
    expect((await client.signIn('ana@example.org', 'a brand new passphrase')).status).toBe(200);
  });

  it('the reset page works without scripts', async () => {
    await makeAccount(harness.context, 'ana@example.org');
    const browser = new TestClient(harness.app);
    await browser.get('/password-reset');
    expect((await browser.post('/password-reset', { form: { email: 'ana@example.org' } })).status).toBe(202);
    const token = (await outbox())[0]!.text_body.match(/password-reset\/([A-Za-z0-9_-]+)/)![1]!;
    expect(await (await browser.get(`/password-reset/${token}`)).text()).toContain('name="password"');
    expect((await browser.post(`/password-reset/${token}`, { form: { password: 'a brand new passphrase' } })).status).toBe(200);
    expect((await browser.post('/sign-in', { form: { email: 'ana@example.org', password: 'a brand new passphrase', next: '/' } })).status).toBe(303);
  });

  it('sign-in attempts on one account are limited, and a forged X-Forwarded-For does not dodge the limit', async () => {
    await makeAccount(harness.context, 'ana@example.org');
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 12; attempt++) {
      const client = new TestClient(harness.app);
      const response = await client.post('/api/v1/auth/sign-in', { json: { email: 'ana@example.org', password: 'guess' }, headers: { 'x-forwarded-for': `198.51.100.${attempt}` } });
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
    const locked = await new TestClient(harness.app).signIn('ana@example.org', testPassword);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    // The window slides: the burst still counts just after the boundary, and is forgotten a window later.
    harness.clock.advance(11 * 60_000);
    expect((await new TestClient(harness.app).signIn('ana@example.org', testPassword)).status).toBe(429);
    harness.clock.advance(10 * 60_000);
    expect((await new TestClient(harness.app).signIn('ana@example.org', testPassword)).status).toBe(200);
  });

  it('sign-in attempts from one address across many accounts are limited too', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 22; attempt++) {
      const response = await new TestClient(harness.app).post('/api/v1/auth/sign-in', {
        json: { email: `user${attempt}@example.org`, password: 'guess' }, headers: { 'x-forwarded-for': `203.0.113.${attempt}` },
      });
      statuses.push(response.status);
    }
    expect(statuses.filter((status) => status === 429)).toHaveLength(2);
  });

  it('sign-up and reset requests are rate limited per address', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 11; attempt++) {
      const response = await new TestClient(harness.app).post('/api/v1/auth/password-reset', { json: { email: `someone${attempt}@example.org` } });
      statuses.push(response.status);
    }
    expect(statuses.at(-1)).toBe(429);
    const signUps: number[] = [];
    for (let attempt = 0; attempt < 11; attempt++) {
      const response = await new TestClient(harness.app).post('/api/v1/auth/sign-up', { json: { email: `new${attempt}@example.org`, password: testPassword, displayName: 'N' } });
      signUps.push(response.status);
    }
    expect(signUps.at(-1)).toBe(429);
  });
});
