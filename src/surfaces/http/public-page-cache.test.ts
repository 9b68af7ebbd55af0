import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeAccount, makeEdition, testPassword } from '../../../tests/factories/forum.js';
import { createTestApp, type TestApp } from '../../../tests/support/test-app.js';
import { TestClient } from '../../../tests/support/test-client.js';
import { testEngine } from '../../../tests/support/test-storage.js';

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
