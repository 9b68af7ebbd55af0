import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeAccount, testPassword } from '../../../../tests/factories/forum.js';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app.js';
import { TestClient } from '../../../../tests/support/test-client.js';
import { testEngine } from '../../../../tests/support/test-storage.js';
import { makeFixtureForum, type FixtureForum } from '../../../domain/schedule/editor/fixture-forum.js';

const personas = ['anonymous', 'participant', 'speaker', 'reviewer', 'partner', 'otherOrganiser', 'organiser'] as const;
type Persona = (typeof personas)[number];

/** Only the forum's organisers may ever read these: a draft workshop's title, a draft forum's slug in a page. */
const secrets = ['Workshop 3.1'];

describe(`the schedule editor's pages and API, on ${testEngine}`, () => {
  let harness: TestApp;
  let forum: FixtureForum;
  let draftForum: FixtureForum;
  const clients = {} as Record<Persona, TestClient>;
  let runId = '';

  beforeAll(async () => {
    harness = await createTestApp();
    const { context } = harness;
    forum = await makeFixtureForum(context, 'gsef-2018-bilbao');
    draftForum = await makeFixtureForum(context, 'gsef-2021-draft', 'draft');
    const edition = forum.edition.id;
    const emails: Record<Exclude<Persona, 'anonymous' | 'organiser'>, string> = {
      participant: 'participant@example.org', speaker: 'speaker@example.org', reviewer: 'reviewer@example.org', partner: 'partner@example.org', otherOrganiser: 'other@example.org',
    };
    await makeAccount(context, emails.participant, { editionId: edition, role: 'participant' });
    await makeAccount(context, emails.speaker, { editionId: edition, role: 'speaker' });
    await makeAccount(context, emails.reviewer, { editionId: edition, role: 'reviewer' });
    await makeAccount(context, emails.partner, { editionId: edition, role: 'session_partner' });
    await makeAccount(context, emails.otherOrganiser, { editionId: draftForum.edition.id, role: 'organiser' });
    for (const [persona, email] of Object.entries({ ...emails, organiser: 'organiser@gsef-2018-bilbao.example' })) {
      clients[persona as Persona] = new TestClient(harness.app);
      expect((await clients[persona as Persona].signIn(email, testPassword)).status).toBe(200);
    }
    clients.anonymous = new TestClient(harness.app);
    const started = await clients.organiser.post('/api/v1/editions/gsef-2018-bilbao/schedule/solve', { json: { keepPins: true, stability: 1000, iterationLimit: 20_000 } });
    expect(started.status).toBe(202);
    runId = ((await started.json()) as { id: string }).id;
    for (let tries = 0; tries < 200; tries++) {
      const run = (await (await clients.organiser.get(`/api/v1/editions/gsef-2018-bilbao/schedule/solve/${runId}`)).json()) as { status: string };
      if (run.status !== 'running') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });
  afterAll(() => harness.close());

  const hijackedWeights = { similarThemesInParallel: 0, audienceOverlap: 0, speakerPreferredTimes: 0, awakeVirtualSessions: 0, balancedSlots: 99 };
  const api = (slug: string) => `/api/v1/editions/${slug}/schedule`;
  const page = (slug: string) => `/editions/${slug}/manage/schedule`;
  const probes = (slug: string, sessionId: () => string) => [
    { method: 'GET', path: api(slug) },
    { method: 'POST', path: `${api(slug)}/moves`, json: { sessionId: sessionId(), slotId: null, roomId: null } },
    { method: 'POST', path: `${api(slug)}/pins`, json: { sessionId: sessionId(), pinned: true } },
    { method: 'POST', path: `${api(slug)}/solve`, json: {} },
    { method: 'GET', path: `${api(slug)}/solve/${runId}` },
    { method: 'POST', path: `${api(slug)}/solve/${runId}/cancel` },
    { method: 'GET', path: `${api(slug)}/versions` },
    { method: 'POST', path: `${api(slug)}/versions`, json: { name: 'Hijacked' } },
    { method: 'GET', path: `${api(slug)}/changes` },
    { method: 'GET', path: `${api(slug)}/weights` },
    { method: 'PUT', path: `${api(slug)}/weights`, json: hijackedWeights },
    { method: 'GET', path: page(slug) },
    { method: 'GET', path: `${page(slug)}/solve/${runId}` },
    { method: 'POST', path: `${page(slug)}/moves`, form: { sessionId: sessionId(), slotId: '' } },
    { method: 'POST', path: `${page(slug)}/pins`, form: { sessionId: sessionId(), pinned: 'true' } },
    { method: 'POST', path: `${page(slug)}/solve`, form: { mode: 'fresh' } },
    { method: 'POST', path: `${page(slug)}/solve/${runId}/cancel`, form: {} },
    { method: 'POST', path: `${page(slug)}/versions`, form: { name: 'Hijacked' } },
    { method: 'POST', path: `${page(slug)}/weights`, form: Object.fromEntries(Object.entries(hijackedWeights).map(([goal, value]) => [goal, String(value)])) },
  ] as const;

  const auditCount = async () => (await harness.storage.db.selectFrom('audit_entry').select('id').execute()).length;

  it.each(personas.filter((persona) => persona !== 'organiser'))('%s can neither read nor change the schedule of a published forum', async (persona) => {
    const changesBefore = await auditCount();
    for (const probe of probes('gsef-2018-bilbao', () => forum.sessions.w4)) {
      const response = await clients[persona].request(probe.method, probe.path, 'json' in probe ? { json: probe.json } : 'form' in probe ? { form: probe.form } : {});
      const body = await response.text();
      const label = `${persona} ${probe.method} ${probe.path}`;
      if (persona === 'anonymous' && probe.method === 'GET' && !probe.path.startsWith('/api')) {
        expect(response.status, label).toBe(303);
        expect(response.headers.get('location'), label).toMatch(/^\/sign-in\?next=/);
      } else {
        expect(response.status, `${label}: ${body.slice(0, 200)}`).toBe(persona === 'anonymous' ? 401 : 403);
      }
      for (const secret of secrets) expect(body, label).not.toContain(secret);
    }
    expect(await harness.storage.db.selectFrom('schedule_version').select('id').execute()).toEqual([]);
    expect(await harness.storage.db.selectFrom('schedule_weights').select('edition_id').execute()).toEqual([]);
    expect(await auditCount()).toBe(changesBefore);
  });

  it.each(personas.filter((persona) => persona !== 'otherOrganiser'))('a draft forum’s schedule does not exist for %s, not even for an organiser of another forum (404)', async (persona) => {
    for (const probe of probes('gsef-2021-draft', () => draftForum.sessions.w4)) {
      const response = await clients[persona].request(probe.method, probe.path, 'json' in probe ? { json: probe.json } : 'form' in probe ? { form: probe.form } : {});
      const body = await response.text();
      const label = `${persona} ${probe.method} ${probe.path}`;
      if (persona === 'anonymous' && probe.method === 'GET' && !probe.path.startsWith('/api')) expect(response.status, label).toBe(303);
      else expect(response.status, `${label}: ${body.slice(0, 200)}`).toBe(404);
      for (const secret of secrets) expect(body, label).not.toContain(secret);
    }
  });

  it('an organiser moves a session with the plain form and sees what is wrong, in their language', async () => {
    const organiser = clients.organiser;
    const moved = await organiser.post(`${page('gsef-2018-bilbao')}/moves`, { form: { sessionId: forum.sessions.w1, slotId: forum.slots.d1s2, roomId: forum.rooms.b, language: 'fr' } });
    expect(moved.status).toBe(303);
    expect(moved.headers.get('location')).toBe(`${page('gsef-2018-bilbao')}?language=fr&notice=moved#session-${forum.sessions.w1}`);
    const grid = await (await organiser.get(`${page('gsef-2018-bilbao')}?notice=moved`)).text();
    expect(grid).toContain('Moved.');
    expect(grid).toContain('Nadia Ouali is also in 2.1 “Workshop 2.1” at this time.');
    expect(grid).toMatch(/1 conflict to resolve:\s*1 × person in two places/);
    expect(grid).toContain('Workshop 3.1');
    await organiser.get('/language/fr?next=/');
    const french = await (await organiser.get(page('gsef-2018-bilbao'))).text();
    expect(french).toContain('Nadia Ouali est aussi dans 2.1 « Workshop 2.1 » à ce moment-là.');
    await organiser.get('/language/en?next=/');

    const pinned = await organiser.post(`${page('gsef-2018-bilbao')}/pins`, { form: { sessionId: forum.sessions.w1, pinned: 'true' } });
    expect(pinned.headers.get('location')).toContain('notice=pinned');
    const changes = (await (await organiser.get(`${api('gsef-2018-bilbao')}/changes`)).json()) as { sessionId: string; kind: string }[];
    expect(changes).toContainEqual(expect.objectContaining({ sessionId: forum.sessions.w1, kind: 'moved' }));
  });

  it('filters show only the sessions of a language, saying how many are hidden', async () => {
    const filtered = await (await clients.organiser.get(`${page('gsef-2018-bilbao')}?language=es`)).text();
    expect(filtered).toContain(`data-session-id="${forum.sessions.w2}"`);
    expect(filtered).not.toContain(`data-session-id="${forum.sessions.w3}"`);
    expect(filtered).toContain('1 session hidden by the filters');
  });

  it('the API returns each conflict with its words, and refuses a slot without a room naming the field', async () => {
    const organiser = clients.organiser;
    const response = await organiser.post(`${api('gsef-2018-bilbao')}/moves`, { json: { sessionId: forum.sessions.w3, slotId: forum.slots.d1s2, roomId: forum.rooms.c } });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { session: { conflicts: { kind: string; message: string }[] } };
    expect(body.session.conflicts).toEqual([expect.objectContaining({ kind: 'over-capacity', message: 'Room C seats 30; this session needs 40.' })]);
    const bad = await organiser.post(`${api('gsef-2018-bilbao')}/moves`, { json: { sessionId: forum.sessions.w3, slotId: forum.slots.d1s2, roomId: null } });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { fields: [{ path: 'roomId', message: 'choose a room as well as a slot' }] } });
  });

  it('organisers set the solver’s weights with the plain form: a bad value is refused naming the field, nothing stored; a good one is kept', async () => {
    const organiser = clients.organiser;
    const form = { similarThemesInParallel: '12', audienceOverlap: '1', speakerPreferredTimes: '5', awakeVirtualSessions: '-2', balancedSlots: '' };
    const refused = await organiser.post(`${page('gsef-2018-bilbao')}/weights`, { form });
    expect(refused.status).toBe(400);
    const html = await refused.text();
    expect(html).toContain('Online sessions when people are awake, Balanced slots: Enter a number, 0 or more.');
    expect(html).toMatch(/id="weight-awakeVirtualSessions"[^>]*value="-2"[^>]*aria-invalid="true"/);
    expect(html).toContain('Cost per person and hour of an online session outside 08:00–22:00 in their own time zone');
    expect(await harness.storage.db.selectFrom('schedule_weights').selectAll().execute()).toEqual([]);

    const saved = await organiser.post(`${page('gsef-2018-bilbao')}/weights`, { form: { ...form, awakeVirtualSessions: '20', balancedSlots: '0.5' } });
    expect(saved.status).toBe(303);
    expect(await (await organiser.get(saved.headers.get('location')!)).text()).toContain('Weights saved: the next solve uses them.');
    const weights = { similarThemesInParallel: 12, audienceOverlap: 1, speakerPreferredTimes: 5, awakeVirtualSessions: 20, balancedSlots: 0.5 };
    expect(await (await organiser.get(`${api('gsef-2018-bilbao')}/weights`)).json()).toEqual(weights);

    const bad = await organiser.request('PUT', `${api('gsef-2018-bilbao')}/weights`, { json: { ...weights, audienceOverlap: 'many' } });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { fields: [{ path: 'audienceOverlap' }] } });
    const put = await organiser.request('PUT', `${api('gsef-2018-bilbao')}/weights`, { json: { ...weights, audienceOverlap: 3 } });
    expect(await put.json()).toEqual({ ...weights, audienceOverlap: 3 });
  });

  it('solving from the page waits on a progress page without scripts, then comes back with what moved', async () => {
    const organiser = clients.organiser;
    const started = await organiser.post(`${page('gsef-2018-bilbao')}/solve`, { form: { mode: 'repair', seconds: '5' } });
    expect(started.status).toBe(303);
    const progressPath = started.headers.get('location')!;
    expect(progressPath).toMatch(/\/manage\/schedule\/solve\/\w+$/);
    let answer = await organiser.get(progressPath);
    if (answer.status === 200) {
      const html = await answer.text();
      expect(html).toContain('<meta http-equiv="refresh" content="2"/>');
      expect(html).toContain('Stop and keep the best so far');
    }
    await expect.poll(async () => (answer = await organiser.get(progressPath)).status, { timeout: 30_000, interval: 500 }).toBe(303);
    const back = answer.headers.get('location')!;
    expect(back).toMatch(/notice=solved&run=/);
    const grid = await (await organiser.get(back)).text();
    expect(grid).toMatch(/Solved in [\d.]+ s: (\d+ sessions? moved|no session moved); 0 hard conflicts left\./);
    expect(grid).toContain('No conflict: every hard rule holds.');
  }, 40_000);

  it('publishing needs a name, then writes the version, reports the mails, and only then shows the new schedule to the public', async () => {
    const organiser = clients.organiser;
    const publicProgram = async () => (await clients.anonymous.get('/editions/gsef-2018-bilbao/program')).text();
    expect(await publicProgram()).not.toContain('Workshop 3.1');
    const refused = await organiser.post(`${page('gsef-2018-bilbao')}/versions`, { form: { name: ' ' } });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('Give the version a name.');
    const published = await organiser.post(`${page('gsef-2018-bilbao')}/versions`, { form: { name: 'Programme du 15 septembre' } });
    expect(published.status).toBe(303);
    expect(published.headers.get('location')).toMatch(/notice=published&number=1&count=\d+&mails=\d+/);
    const grid = await (await organiser.get(published.headers.get('location')!)).text();
    expect(grid).toMatch(/Published version 1: \d+ changes?; \d+ mails queued/);
    expect(grid).toMatch(/Version 1, “Programme du 15 septembre”: .*, by Organiser, 5 sessions\./);
    expect(grid).toContain('Nothing has changed since the last publication.');
    expect(await publicProgram()).toContain('Workshop 3.1');
    const versions = await (await organiser.get(`${api('gsef-2018-bilbao')}/versions`)).json();
    expect(versions).toEqual([expect.objectContaining({ number: 1, name: 'Programme du 15 septembre' })]);
  });

  it('serves the editor’s script, which the grid page loads', async () => {
    const script = await clients.anonymous.get('/assets/schedule/editor.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toContain('javascript');
    expect(await (await clients.organiser.get(page('gsef-2018-bilbao'))).text()).toContain('<script src="/assets/schedule/editor.js" defer=""></script>');
  });
});
