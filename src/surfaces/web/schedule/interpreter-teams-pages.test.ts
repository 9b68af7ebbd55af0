import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeAccount, testPassword } from '../../../../tests/factories/forum.js';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app.js';
import { TestClient } from '../../../../tests/support/test-client.js';
import { testEngine } from '../../../../tests/support/test-storage.js';
import { encodeJson } from '../../../db/database.js';
import { makeFixtureForum, type FixtureForum } from '../../../domain/schedule/editor/fixture-forum.js';

const personas = ['anonymous', 'participant', 'speaker', 'otherOrganiser', 'organiser'] as const;
type Persona = (typeof personas)[number];

describe(`interpreter teams on the schedule editor's page and API, on ${testEngine}`, () => {
  let harness: TestApp;
  let forum: FixtureForum;
  let draftForum: FixtureForum;
  const clients = {} as Record<Persona, TestClient>;

  beforeAll(async () => {
    harness = await createTestApp();
    const { context } = harness;
    forum = await makeFixtureForum(context, 'gsef-2018-bilbao');
    draftForum = await makeFixtureForum(context, 'gsef-2021-draft', 'draft');
    const emails = { participant: 'participant@example.org', speaker: 'speaker@example.org', otherOrganiser: 'other@example.org' };
    await makeAccount(context, emails.participant, { editionId: forum.edition.id, role: 'participant' });
    await makeAccount(context, emails.speaker, { editionId: forum.edition.id, role: 'speaker' });
    await makeAccount(context, emails.otherOrganiser, { editionId: draftForum.edition.id, role: 'organiser' });
    for (const [persona, email] of Object.entries({ ...emails, organiser: 'organiser@gsef-2018-bilbao.example' })) {
      clients[persona as Persona] = new TestClient(harness.app);
      expect((await clients[persona as Persona].signIn(email, testPassword)).status).toBe(200);
    }
    clients.anonymous = new TestClient(harness.app);
    // Room C interprets into Basque: the form offers it beside the forum's own languages.
    await harness.storage.db.updateTable('venue').set({ interpretation_languages: encodeJson(['eu']) }).where('id', '=', forum.rooms.c).execute();
  });
  afterAll(() => harness.close());

  const api = (slug: string) => `/api/v1/editions/${slug}/schedule/interpreter-teams`;
  const page = (slug: string) => `/editions/${slug}/manage/schedule/interpreter-teams`;
  const stored = () => harness.storage.db.selectFrom('schedule_interpreter_teams').select(['edition_id', 'language', 'teams']).orderBy('language').execute();
  const audits = async () => (await harness.storage.db.selectFrom('audit_entry').select('id').where('entity_type', '=', 'schedule_interpreter_teams').execute()).length;
  const probes = (slug: string) => [
    { method: 'GET', path: api(slug) },
    { method: 'PUT', path: api(slug), json: { fr: 0 } },
    { method: 'POST', path: page(slug), form: { 'team-fr': '0' } },
  ] as const;
  const send = (client: TestClient, probe: ReturnType<typeof probes>[number]) =>
    client.request(probe.method, probe.path, 'json' in probe ? { json: probe.json } : 'form' in probe ? { form: probe.form } : {});

  it.each(personas.filter((persona) => persona !== 'organiser'))('%s can neither read nor set a published forum’s interpreter teams', async (persona) => {
    for (const probe of probes('gsef-2018-bilbao')) {
      const response = await send(clients[persona], probe);
      const label = `${persona} ${probe.method} ${probe.path}`;
      expect(response.status, `${label}: ${(await response.text()).slice(0, 200)}`).toBe(persona === 'anonymous' ? 401 : 403);
    }
    expect(await stored()).toEqual([]);
    expect(await audits()).toBe(0);
  });

  it.each(personas.filter((persona) => persona !== 'otherOrganiser'))('a draft forum’s interpreter teams do not exist for %s (404)', async (persona) => {
    for (const probe of probes('gsef-2021-draft')) {
      const response = await send(clients[persona], probe);
      const body = await response.text();
      expect(response.status, `${persona} ${probe.method} ${probe.path}: ${body.slice(0, 200)}`).toBe(404);
      expect(body).not.toContain('Forum gsef-2021-draft');
    }
    expect(await stored()).toEqual([]);
  });

  it('a form posted without its CSRF token is refused and changes nothing', async () => {
    const forged = await clients.organiser.post(page('gsef-2018-bilbao'), { form: { 'team-fr': '0' }, withoutCsrf: true });
    expect(forged.status).toBe(403);
    expect((await clients.organiser.request('PUT', api('gsef-2018-bilbao'), { json: { fr: 0 }, withoutCsrf: true })).status).toBe(403);
    expect(await stored()).toEqual([]);
  });

  it('organisers set teams with the plain form: a bad value is refused naming the field and keeping what was typed; then kept', async () => {
    const organiser = clients.organiser;
    const editorPage = await (await organiser.get('/editions/gsef-2018-bilbao/manage/schedule')).text();
    for (const [code, name] of [['es', 'Spanish'], ['fr', 'French'], ['en', 'English'], ['eu', 'Basque']]) {
      expect(editorPage).toMatch(new RegExp(`<label for="interpreter-teams-${code}">Teams into ${name} \\(${code}\\)</label>`));
    }
    expect(editorPage).toMatch(/<form method="post" action="\/editions\/gsef-2018-bilbao\/manage\/schedule\/interpreter-teams"[^>]*>\s*<input type="hidden" name="_csrf"/);

    const refused = await organiser.post(page('gsef-2018-bilbao'), { form: { 'team-es': '', 'team-fr': '1', 'team-en': '51', 'team-eu': '-1' } });
    expect(refused.status).toBe(400);
    const html = await refused.text();
    expect(html).toContain('Teams into English (en), Teams into Basque (eu): Enter a whole number from 0 to 50, or leave it blank.');
    expect(html).toMatch(/id="interpreter-teams-en"[^>]*value="51"[^>]*aria-invalid="true"/);
    expect(html).toMatch(/id="interpreter-teams-fr"[^>]*value="1"/);
    expect(html).not.toMatch(/id="interpreter-teams-fr"[^>]*aria-invalid/);
    const handMade = await organiser.post(page('gsef-2018-bilbao'), { form: { 'team-': '1', 'team-x!': '2', 'team-FR': '1' } });
    expect(handMade.status).toBe(400);
    expect(await handMade.text()).toContain('Teams into x! (x!), Teams into French (FR): Enter a whole number from 0 to 50, or leave it blank.');
    expect(await stored()).toEqual([]);

    const saved = await organiser.post(page('gsef-2018-bilbao'), { form: { 'team-es': '', 'team-fr': '1', 'team-en': '0', 'team-eu': '' } });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe('/editions/gsef-2018-bilbao/manage/schedule?notice=interpreters#interpreter-teams-title');
    const after = await (await organiser.get(saved.headers.get('location')!)).text();
    expect(after).toContain('Interpreter teams saved: conflicts and the next solve count them.');
    expect(after).toMatch(/id="interpreter-teams-fr"[^>]*value="1"/);
    expect(after).toMatch(/id="interpreter-teams-es"[^>]*value=""/);
    expect(await stored()).toEqual([{ edition_id: forum.edition.id, language: 'en', teams: 0 }, { edition_id: forum.edition.id, language: 'fr', teams: 1 }]);
  });

  it('the API reads and replaces them, refusing a bad language or number naming it; a marked session says why in the reader’s words', async () => {
    const organiser = clients.organiser;
    const bad = await organiser.request('PUT', api('gsef-2018-bilbao'), { json: { fr: 2, French: 1, es: -1 } });
    expect(bad.status).toBe(400);
    const refusal = (await bad.json()) as { error: { fields: { path: string }[] } };
    expect(refusal.error.fields.map((field) => field.path).sort()).toEqual(['French', 'es']);

    const put = await organiser.request('PUT', api('gsef-2018-bilbao'), { json: { fr: 1, en: null } });
    expect(put.status).toBe(200);
    expect(await put.json()).toEqual({ fr: 1 });
    expect(await (await organiser.get(api('gsef-2018-bilbao'))).json()).toEqual({ fr: 1 });

    await harness.storage.db.updateTable('session').set({ interpretation_languages: encodeJson(['fr']) }).where('id', '=', forum.sessions.w3).execute();
    const moved = await organiser.post('/api/v1/editions/gsef-2018-bilbao/schedule/moves', { json: { sessionId: forum.sessions.w3, slotId: forum.slots.d1s2, roomId: forum.rooms.b } });
    const body = (await moved.json()) as { session: { conflicts: { kind: string; message: string; otherSessionIds: string[] }[] } };
    expect(body.session.conflicts).toEqual([{
      kind: 'no-interpreter-team', language: 'fr', teams: 1, otherSessionIds: [forum.sessions.w2],
      message: 'Only 1 interpreter team into French, and 2.1 “Workshop 2.1” needs it at the same time.',
    }]);
    const grid = await (await organiser.get('/editions/gsef-2018-bilbao/manage/schedule')).text();
    expect(grid).toContain('Only 1 interpreter team into French, and 1.2 “Workshop 1.2” needs it at the same time.');
    for (const [locale, label, message] of [
      ['fr', 'Équipes en français (fr)', 'Seulement 1 équipe d’interprétation en français, et 1.2 « Workshop 1.2 » en a aussi besoin en même temps.'],
      ['es', 'Equipos al francés (fr)', 'Solo 1 equipo de interpretación al francés, y 1.2 «Workshop 1.2» también lo necesita a la misma hora.'],
    ] as const) {
      await organiser.get(`/language/${locale}?next=/`);
      const translated = await (await organiser.get('/editions/gsef-2018-bilbao/manage/schedule')).text();
      expect(translated).toContain(label);
      expect(translated).toContain(message);
    }
    await organiser.get('/language/en?next=/');
  });
});
