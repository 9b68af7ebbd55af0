import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeAccount, makeEdition, testPassword } from '../../../tests/factories/forum.js';
import { createTestApp, type TestApp } from '../../../tests/support/test-app.js';
import { TestClient } from '../../../tests/support/test-client.js';
import { testEngine } from '../../../tests/support/test-storage.js';
import { maxBodyBytes } from '../app.js';

interface ErrorAnswer {
  error: { code: string; message: string; fields?: { path: string; message: string }[] };
}

describe(`bad input is refused clearly and changes nothing, on ${testEngine}`, () => {
  let harness: TestApp;
  let organiser: TestClient;
  const forum = '/api/v1/editions/gsef-2018-bilbao';

  beforeAll(async () => {
    harness = await createTestApp();
    const edition = await makeEdition(harness.context, { slug: 'gsef-2018-bilbao' });
    await makeAccount(harness.context, 'organiser@example.org', { editionId: edition.id, role: 'organiser' });
    organiser = new TestClient(harness.app);
    await organiser.signIn('organiser@example.org', testPassword);
  });
  afterAll(() => harness.close());

  const sessionCount = async () => (await harness.storage.db.selectFrom('session').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;

  it('malformed JSON answers 400 in the one error format', async () => {
    const response = await organiser.post(`${forum}/sessions`, { body: '{"title": ', headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorAnswer;
    expect(body.error.code).toBe('malformed_json');
  });

  it('wrong types answer 400 naming each bad field', async () => {
    const response = await organiser.post(`${forum}/sessions`, {
      json: { format: 'banquet', title: 'not localized', language: 'fr', capacity: 'many', registrationRequired: 'yes' },
    });
    expect(response.status).toBe(400);
    const paths = ((await response.json()) as ErrorAnswer).error.fields?.map((field) => field.path);
    expect(paths).toEqual(expect.arrayContaining(['format', 'title', 'capacity', 'registrationRequired']));
    expect(Number(await sessionCount())).toBe(0);
  });

  it('a duration that contradicts the times is refused, as in the co-creation sheet (11:05–13:45 said to last 2 h 30)', async () => {
    const response = await organiser.post(`${forum}/sessions`, {
      json: {
        format: 'co_creation', title: { original: 'fr', text: { fr: 'Systèmes territoriaux intégrés' } }, language: 'fr',
        startsAt: '2018-10-01T14:05:00.000Z', endsAt: '2018-10-01T16:45:00.000Z', durationMinutes: 150,
      },
    });
    expect(response.status).toBe(400);
    const fields = ((await response.json()) as ErrorAnswer).error.fields!;
    expect(fields[0]).toMatchObject({ path: 'durationMinutes' });
    expect(fields[0]!.message).toContain('160');
  });

  it('a date without a year, an unknown time zone and an unknown country are named', async () => {
    const response = await organiser.patch(forum, { json: { startsOn: '4 octobre', timeZone: 'UTC-3', country: 'XX' } });
    expect(response.status).toBe(400);
    const paths = ((await response.json()) as ErrorAnswer).error.fields?.map((field) => field.path);
    expect(paths).toEqual(expect.arrayContaining(['startsOn', 'timeZone', 'country']));
  });

  it('a session outside the forum dates is refused with the local date it would fall on', async () => {
    const response = await organiser.post(`${forum}/sessions`, {
      json: { format: 'workshop', title: { original: 'en', text: { en: 'Late' } }, language: 'en', startsAt: '2018-10-03T22:30:00.000Z', endsAt: '2018-10-03T23:30:00.000Z' },
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as ErrorAnswer).error.fields?.[0]?.message).toContain('2018-10-04');
  });

  it('an oversize body answers 413 before it is read', async () => {
    const huge = 'x'.repeat(maxBodyBytes + 1);
    const response = await organiser.post(`${forum}/sessions`, { json: { format: 'workshop', title: { original: 'en', text: { en: huge } }, language: 'en' } });
    expect(response.status).toBe(413);
    expect(((await response.json()) as ErrorAnswer).error.code).toBe('payload_too_large');
  });

  it('a write without the CSRF token is refused and stores nothing', async () => {
    const before = await sessionCount();
    const response = await organiser.post(`${forum}/sessions`, { json: { format: 'workshop', title: { original: 'en', text: { en: 'Forged' } }, language: 'en' }, withoutCsrf: true });
    expect(response.status).toBe(403);
    expect(((await response.json()) as ErrorAnswer).error.code).toBe('csrf_failed');
    expect(await sessionCount()).toEqual(before);
  });

  it('a form posted without the CSRF token is refused with a page', async () => {
    const response = await organiser.post('/sign-out', { form: {}, withoutCsrf: true });
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toContain('text/html');
  });

  it('HTML and script in every text field are stored as text and never executed in a page', async () => {
    const attack = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    const response = await organiser.patch(forum, {
      json: { name: { original: 'fr', text: { fr: attack, es: attack } }, tagline: { original: 'en', text: { en: attack } }, hostCity: attack, venue: attack },
    });
    expect(response.status).toBe(200);
    const stored = (await (await organiser.get(forum)).json()) as { name: { text: { fr: string } } };
    expect(stored.name.text.fr).toBe(attack);
    for (const path of ['/', '/editions/gsef-2018-bilbao']) {
      const page = await (await organiser.get(path)).text();
      expect(page).not.toContain('<script>alert');
      expect(page).not.toContain('<img src=x');
      expect(page).toContain('&lt;script&gt;');
    }
  });

  it('a name with markup, given at sign-up, is shown as text in every page', async () => {
    const attack = '<script>alert(1)</script>';
    const visitor = new TestClient(harness.app);
    await visitor.post('/api/v1/auth/sign-up', { json: { email: 'markup@example.org', password: testPassword, displayName: attack } });
    await visitor.signIn('markup@example.org', testPassword);
    const page = await (await visitor.get('/')).text();
    expect(page).toContain('Sign out (&lt;script&gt;alert(1)&lt;/script&gt;)');
    expect(page).not.toContain(attack);
  });

  it('an unknown route answers 404 in the error format under the API, and a page elsewhere', async () => {
    const api = await organiser.get('/api/v1/nothing-here');
    expect(api.status).toBe(404);
    expect(((await api.json()) as ErrorAnswer).error.code).toBe('not_found');
    const page = await organiser.get('/nothing-here');
    expect(page.status).toBe(404);
    expect(await page.text()).toContain('<main');
  });

  it('an expired session is treated as signed out', async () => {
    const client = new TestClient(harness.app);
    await client.signIn('organiser@example.org', testPassword);
    expect(((await (await client.get('/api/v1/session')).json()) as { user: unknown }).user).not.toBeNull();
    harness.clock.advance(31 * 86_400_000);
    expect(((await (await client.get('/api/v1/session')).json()) as { user: unknown }).user).toBeNull();
    expect((await client.patch(forum, { json: { hostCity: 'Bilbo' } })).status).toBe(401);
  });
});
