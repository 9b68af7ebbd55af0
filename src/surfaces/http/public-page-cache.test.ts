import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeAccount, makeEdition, testPassword } from '../../../tests/factories/forum.js';
import { createTestApp, type TestApp } from '../../../tests/support/test-app.js';
import { TestClient } from '../../../tests/support/test-client.js';
import { testEngine } from '../../../tests/support/test-storage.js';
import { startServer, type RunningServer } from '../../server.js';

describe(`the short memory of public pages, on ${testEngine}`, () => {
  let harness: TestApp;
  let organiser: TestClient;
  const page = '/editions/gsef-2018-bilbao';

  beforeAll(async () => {
    harness = await createTestApp({ PUBLIC_CACHE_SECONDS: '10' });
    const edition = await makeEdition(harness.context, { slug: 'gsef-2018-bilbao', hostCity: 'Bilbao' });
    await makeAccount(harness.context, 'organiser@example.org', { editionId: edition.id, role: 'organiser' });
    organiser = new TestClient(harness.app);
    await organiser.signIn('organiser@example.org', testPassword);
  });
  afterAll(() => harness.close());

  it('serves anonymous readers a kept copy, without anyone else’s cookies', async () => {
    const first = await new TestClient(harness.app).get(page);
    expect(first.headers.getSetCookie().some((cookie) => cookie.startsWith('cv_csrf='))).toBe(true);
    const second = await new TestClient(harness.app).get(page);
    expect(second.headers.get('x-cache')).toBe('hit');
    expect(second.headers.getSetCookie()).toEqual([]);
    expect(await second.text()).toBe(await first.text());
  });

  it('keeps one copy per language, and none for signed-in people', async () => {
    const french = await new TestClient(harness.app).get(page, { headers: { 'accept-language': 'fr' } });
    expect(french.headers.get('x-cache')).toBeNull();
    expect(await french.text()).toContain('lang="fr"');
    expect((await organiser.get(page)).headers.get('x-cache')).toBeNull();
  });

  it('shows a change to signed-in people at once and to anonymous readers within the window', async () => {
    harness.clock.advance(1000);
    await organiser.patch(`/api/v1${page}`, { json: { hostCity: 'Bilbo' } });
    expect(await (await organiser.get(page)).text()).toContain('Euskalduna, Bilbo ·');
    expect(await (await new TestClient(harness.app).get(page)).text()).not.toContain('Euskalduna, Bilbo ·');
    harness.clock.advance(11_000);
    const after = await new TestClient(harness.app).get(page);
    expect(after.headers.get('x-cache')).toBeNull();
    expect(await after.text()).toContain('Euskalduna, Bilbo ·');
  });

  it('keeps serving a kept page past the window while nothing has changed', async () => {
    await new TestClient(harness.app).get(page);
    harness.clock.advance(60_000);
    expect((await new TestClient(harness.app).get(page)).headers.get('x-cache')).toBe('hit');
  });
});

describe(`kept public pages answered by the Node server before the app, on ${testEngine}`, () => {
  let harness: TestApp;
  let server: RunningServer;
  const page = '/editions/gsef-2018-bilbao';

  beforeAll(async () => {
    harness = await createTestApp({ PUBLIC_CACHE_SECONDS: '10', PORT: '0', HOST: '127.0.0.1' });
    await makeEdition(harness.context, { slug: 'gsef-2018-bilbao', hostCity: 'Bilbao' });
    await makeAccount(harness.context, 'organiser@example.org', { role: 'organiser', editionId: (await harness.storage.db.selectFrom('edition').select('id').executeTakeFirstOrThrow()).id });
    server = await startServer(harness.context);
  });
  afterAll(async () => {
    await server.close();
    await harness.close();
  });

  it('answers a second anonymous read from memory, with the same bytes and headers and no cookie', async () => {
    const first = await fetch(`${server.url}${page}`, { headers: { 'accept-encoding': 'gzip' } });
    const firstBody = await first.text();
    const second = await fetch(`${server.url}${page}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(second.headers.get('x-cache')).toBe('hit');
    expect(await second.text()).toBe(firstBody);
    expect(second.headers.getSetCookie()).toEqual([]);
    expect(second.headers.get('content-encoding')).toBe('gzip');
    expect(second.headers.get('content-security-policy')).toBe(first.headers.get('content-security-policy'));
    expect(second.headers.get('vary')).toContain('Cookie');
  });

  it('never answers a signed-in reader, another method, or another language from the kept copy', async () => {
    await fetch(`${server.url}${page}`);
    const organiser = TestClient.overHttp(server.url);
    await organiser.signIn('organiser@example.org', testPassword);
    const signedIn = await organiser.get(page);
    expect(signedIn.headers.get('x-cache')).toBeNull();
    expect(await signedIn.text()).toContain('action="/sign-out"');
    expect((await fetch(`${server.url}${page}`, { method: 'POST' })).headers.get('x-cache')).toBeNull();
    const french = await fetch(`${server.url}${page}`, { headers: { 'accept-language': 'fr' } });
    expect(french.headers.get('x-cache')).toBeNull();
    expect(await french.text()).toContain('lang="fr"');
  });

  it('shows a change once the window has passed, never a stale copy from the front', async () => {
    await fetch(`${server.url}${page}`);
    harness.clock.advance(1000);
    const organiser = TestClient.overHttp(server.url);
    await organiser.signIn('organiser@example.org', testPassword);
    expect((await organiser.patch(`/api/v1${page}`, { json: { hostCity: 'Bilbo' } })).status).toBe(200);
    harness.clock.advance(11_000);
    const after = await fetch(`${server.url}${page}`);
    expect(after.headers.get('x-cache')).toBeNull();
    expect(await after.text()).toContain('Euskalduna, Bilbo ·');
    expect((await fetch(`${server.url}${page}`)).headers.get('x-cache')).toBe('hit');
  });
});
