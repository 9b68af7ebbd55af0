import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app.js';
import { TestClient } from '../../../../tests/support/test-client.js';
import { testEngine } from '../../../../tests/support/test-storage.js';
import { loadDemoForum } from '../../../domain/demo/index.js';

describe(`the public program pages, on ${testEngine}`, () => {
  let harness: TestApp;
  let publishedSession: { id: string; code: string };
  let draftSessionId: string;
  let person: { id: string };
  let initiative: { id: string; organisation_id: string | null };
  const base = '/editions/gsef-2018-bilbao';

  beforeAll(async () => {
    harness = await createTestApp();
    await loadDemoForum(harness.storage, { seed: 2018 });
    const { db } = harness.storage;
    const first = await db.selectFrom('session').select(['id', 'code']).where('status', '=', 'published').where('format', '=', 'workshop').orderBy('starts_at').orderBy('code').executeTakeFirstOrThrow();
    publishedSession = { id: first.id, code: first.code! };
    draftSessionId = (await db.selectFrom('session').select('id').where('status', '=', 'draft').executeTakeFirstOrThrow()).id;
    person = await db.selectFrom('session_person_role').select('person_id as id').where('session_id', '=', publishedSession.id).where('role', '=', 'moderator').executeTakeFirstOrThrow();
    initiative = await db.selectFrom('initiative').select(['id', 'organisation_id']).where('session_id', '=', publishedSession.id).executeTakeFirstOrThrow();
  });
  afterAll(() => harness.close());

  const get = (path: string, language = 'en', cookies: Record<string, string> = {}) => {
    const client = new TestClient(harness.app);
    for (const [name, value] of Object.entries(cookies)) client.cookies.set(name, value);
    return client.get(path, { headers: { 'accept-language': language } });
  };

  it('shows the program in French, Spanish and English, in the forum’s zone by default', async () => {
    for (const [language, word] of [['fr', 'Programme'], ['es', 'Programa'], ['en', 'Program']] as const) {
      const html = await (await get(`${base}/program`, language)).text();
      expect(html).toContain(`<h1>${word}`);
      expect(html).toContain('Europe/Madrid (UTC+2)');
    }
  });

  it('moves every time to the reader’s zone, from the same instants, and back with the form', async () => {
    const madrid = await (await get(`${base}/program?view=grid`)).text();
    expect(madrid).toContain('9:30');
    const mexico = await (await get(`${base}/program?view=grid`, 'en', { cv_tz: 'America/Mexico_City' })).text();
    expect(mexico).toContain('America/Mexico_City (UTC-5)');
    expect(mexico).toContain('2:30');
    expect(mexico).toContain('at the venue, Europe/Madrid (UTC+2)');
    const chosen = await new TestClient(harness.app).get(`/time-zone?tz=Asia%2FSeoul&next=${encodeURIComponent(`${base}/program`)}`);
    expect(chosen.status).toBe(303);
    expect(chosen.headers.get('set-cookie')).toContain('cv_tz=Asia%2FSeoul');
    expect(chosen.headers.get('location')).toBe(`${base}/program`);
  });

  it('puts a late session on the next day for a reader far east', async () => {
    const seoul = await (await get(`${base}/program`, 'en', { cv_tz: 'Asia/Seoul' })).text();
    // The last plenary ends 18:30 in Bilbao on 3 October, which is 01:30 on 4 October in Seoul.
    expect(seoul).toContain('Thursday, October 4, 2018');
  });

  it('filters by day, format, theme and the languages I understand', async () => {
    const count = async (query: string) => Number((await (await get(`${base}/program${query}`)).text()).match(/(\d+) sessions?</)?.[1] ?? 0);
    const all = await count('');
    expect(await count('?format=plenary')).toBe(3);
    expect(await count('?day=2018-10-02')).toBeLessThan(all);
    expect(await count('?theme=finance')).toBeLessThan(all);
    expect(await count('?understand=eu')).toBeLessThan(all);
    expect(await count('?understand=eu&understand=fr&understand=es&understand=en')).toBe(all);
  });

  it('shows a session with everything the seed sheets carry, and schema.org Event data', async () => {
    const html = await (await get(`${base}/sessions/${publishedSession.id}`, 'fr')).text();
    for (const heading of ['Objectifs', 'Questions principales', 'Modération et intervenants', 'Organisé par', 'Initiatives présentées']) expect(html).toContain(heading);
    expect(html).toContain('<script type="application/ld+json">{"@context":"https://schema.org","@type":"Event"');
    expect(html).toContain(`${base}/sessions/${publishedSession.id}/calendar.ics`);
  });

  it('never shows a draft session, a draft edition, a join link or an email', async () => {
    expect((await get(`${base}/sessions/${draftSessionId}`)).status).toBe(404);
    expect((await get('/editions/gsef-2021-mexico/program')).status).toBe(404);
    for (const path of [`${base}/program`, `${base}/program?view=grid`, `${base}/sessions/${publishedSession.id}`, `/people/${person.id}`, `${base}/schedule.json`, `${base}/schedule.xml`, `${base}/calendar.ics`]) {
      const body = await (await get(path)).text();
      expect(body, path).not.toContain('zoom.example.org');
      expect(body, path).not.toMatch(/person-[a-z0-9]+@example\.org/);
      expect(body, path).not.toContain(draftSessionId);
    }
  });

  it('shows a person with their roles, an initiative and an organisation', async () => {
    const personPage = await (await get(`/people/${person.id}`)).text();
    expect(personPage).toContain('Moderator');
    expect(personPage).toContain(`/sessions/${publishedSession.id}`);
    const initiativePage = await get(`${base}/initiatives/${initiative.id}`);
    expect(initiativePage.status).toBe(200);
    expect(await initiativePage.text()).toContain('Presented by');
    expect((await get(`/organisations/${initiative.organisation_id}`)).status).toBe(200);
  });

  it('searches published sessions, initiatives, people and organisations, with facets', async () => {
    const { db } = harness.storage;
    const moderator = await db.selectFrom('person').select('name').where('id', '=', person.id).executeTakeFirstOrThrow();
    const found = await (await get(`/search?q=${encodeURIComponent(moderator.name)}`)).text();
    expect(found).toContain(`/people/${person.id}`);
    const praia = await (await get('/search?q=praia')).text();
    expect(praia).toMatch(/\d+ results?/);
    expect(praia).toContain('aria-label="Country"');
    const onlyInitiatives = await (await get('/search?q=praia&kind=initiative')).text();
    expect(onlyInitiatives).not.toContain('href="/people/');
    expect(await (await get('/search?q=%25%25')).text()).toContain('Nothing found');
    expect(await (await get('/search?q=a')).text()).toContain('at least 2 characters');
  });

  it('never finds a draft, or a person who only appears in drafts', async () => {
    const { db } = harness.storage;
    const draft = await db.selectFrom('session').select('title').where('id', '=', draftSessionId).executeTakeFirstOrThrow();
    const draftOnly = await db.selectFrom('person').select(['person.id', 'person.name'])
      .where(({ not, exists, selectFrom }) => not(exists(selectFrom('session_person_role').innerJoin('session', 'session.id', 'session_person_role.session_id')
        .select('session.id').whereRef('session_person_role.person_id', '=', 'person.id').where('session.status', '=', 'published'))))
      .where(({ exists, selectFrom }) => exists(selectFrom('session_person_role').select('session_person_role.id').whereRef('session_person_role.person_id', '=', 'person.id')))
      .executeTakeFirstOrThrow();
    const page = await (await get(`/search?q=${encodeURIComponent(draftOnly.name)}`)).text();
    expect(page).not.toContain(`/people/${draftOnly.id}`);
    const title = (typeof draft.title === 'string' ? JSON.parse(draft.title) : draft.title) as { original: string; text: Record<string, string> };
    const drafted = await (await get(`/search?q=${encodeURIComponent(title.text[title.original]!)}&kind=session`)).text();
    expect(drafted).not.toContain(draftSessionId);
  });

  it('serves the take-away formats with their media types', async () => {
    expect((await get(`${base}/calendar.ics`)).headers.get('content-type')).toContain('text/calendar');
    expect((await get(`${base}/schedule.json`)).headers.get('content-type')).toContain('application/json');
    expect((await get(`${base}/schedule.xml`)).headers.get('content-type')).toContain('application/xml');
    const agenda = await (await get(`${base}/calendar.ics?sessions=${publishedSession.id}`)).text();
    expect(agenda.split('BEGIN:VEVENT').length - 1).toBe(1);
  });
});
