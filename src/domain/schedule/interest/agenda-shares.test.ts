import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app.js';
import { TestClient } from '../../../../tests/support/test-client.js';
import { testEngine } from '../../../../tests/support/test-storage.js';
import { DomainError } from '../../errors.js';
import { fixturePassword, makeFixtureForum, type FixtureForum } from '../editor/fixture-forum.js';
import { ScheduleEditor } from '../editor/schedule-editor.js';
import { agendaShareCount, audienceInterest, shareAgenda } from './agenda-shares.js';

const tokenA = 'browser-a-0123456789abcdef';
const tokenB = 'browser-b-0123456789abcdef';
const tokenC = 'browser-c-0123456789abcdef';

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe(`readers' anonymous agendas for the solver, on ${testEngine}`, () => {
  let harness: TestApp;
  let forum: FixtureForum;
  let draftForum: FixtureForum;

  beforeAll(async () => {
    harness = await createTestApp();
    forum = await makeFixtureForum(harness.context, 'gsef-2018-bilbao');
    draftForum = await makeFixtureForum(harness.context, 'gsef-2021-draft', 'draft');
  });
  afterAll(() => harness.close());

  it('keeps one share per browser token, replaces it, and groups identical agendas for the solver', async () => {
    const { w1, w2, w3 } = forum.sessions;
    await shareAgenda(harness.context, 'gsef-2018-bilbao', { token: tokenA, sessionIds: [w1, w3], timeZone: 'America/Bogota' });
    await shareAgenda(harness.context, 'gsef-2018-bilbao', { token: tokenB, sessionIds: [w3, w1, w1], timeZone: 'America/Bogota' });
    await shareAgenda(harness.context, 'gsef-2018-bilbao', { token: tokenC, sessionIds: [w2] });
    expect(await agendaShareCount(harness.context, forum.edition.id)).toBe(3);
    let interest = await audienceInterest(harness.context, forum.edition.id);
    expect(interest).toContainEqual({ sessionIds: [w1, w3].sort(), count: 2, timeZone: 'America/Bogota' });
    expect(interest).toContainEqual({ sessionIds: [w2], count: 1 });
    // The same browser changes its mind: its share is replaced, not added.
    expect(await shareAgenda(harness.context, 'gsef-2018-bilbao', { token: tokenC, sessionIds: [w2, w3], timeZone: null })).toEqual({ shared: 2 });
    expect(await agendaShareCount(harness.context, forum.edition.id)).toBe(3);
    interest = await audienceInterest(harness.context, forum.edition.id);
    expect(interest).toContainEqual({ sessionIds: [w2, w3].sort(), count: 1 });
    // An empty list withdraws it.
    expect(await shareAgenda(harness.context, 'gsef-2018-bilbao', { token: tokenC, sessionIds: [] })).toEqual({ shared: 0 });
    expect(await agendaShareCount(harness.context, forum.edition.id)).toBe(2);
  });

  it('refuses drafts, other forums\' sessions and unknown zones, naming the field, and keeps the stored share', async () => {
    const before = await audienceInterest(harness.context, forum.edition.id);
    const draft = await refusal(shareAgenda(harness.context, 'gsef-2018-bilbao', { token: tokenA, sessionIds: [forum.sessions.w1, forum.sessions.w4] }));
    expect(draft.fields).toEqual([{ path: 'sessionIds.1', message: 'is not a published session of this forum' }]);
    const elsewhere = await refusal(shareAgenda(harness.context, 'gsef-2018-bilbao', { token: tokenA, sessionIds: [forum.sessions.w1], timeZone: 'Mars/Olympus' }));
    expect(elsewhere.fields.map((field) => field.path)).toEqual(['timeZone']);
    expect((await refusal(shareAgenda(harness.context, 'gsef-2018-bilbao', { token: tokenA, sessionIds: [draftForum.sessions.w1] }))).fields[0]?.path).toBe('sessionIds.0');
    expect(await audienceInterest(harness.context, forum.edition.id)).toEqual(before);
    // A forum that is not published takes no shares, and does not say whether it exists.
    expect((await refusal(shareAgenda(harness.context, 'gsef-2021-draft', { token: tokenA, sessionIds: [draftForum.sessions.w1] }))).kind).toBe('not_found');
  });

  it('takes shares over the API from anonymous readers with the CSRF token, and nothing without it', async () => {
    const reader = new TestClient(harness.app);
    const path = '/api/v1/editions/gsef-2018-bilbao/agenda-shares';
    const shared = await reader.post(path, { json: { token: 'browser-api-0123456789abcd', sessionIds: [forum.sessions.w2], timeZone: 'Asia/Seoul' } });
    expect(shared.status).toBe(200);
    expect(await shared.json()).toEqual({ shared: 1 });
    const forged = await new TestClient(harness.app).post(path, { json: { token: 'browser-forged-0123456789ab', sessionIds: [forum.sessions.w1] }, withoutCsrf: true });
    expect(forged.status).toBe(403);
    const badToken = await reader.post(path, { json: { token: 'short', sessionIds: [] } });
    expect(badToken.status).toBe(400);
    expect(JSON.stringify(await badToken.json())).toContain('token');
    const draft = await reader.post(path, { json: { token: 'browser-api-0123456789abcd', sessionIds: [forum.sessions.w4] } });
    expect(draft.status).toBe(400);
    expect(JSON.stringify(await draft.json())).toContain('sessionIds.0');
    expect((await reader.post('/api/v1/editions/gsef-2021-draft/agenda-shares', { json: { token: 'browser-api-0123456789abcd', sessionIds: [] } })).status).toBe(404);
    expect(await agendaShareCount(harness.context, forum.edition.id)).toBe(3);
  });

  it('never shows shared agendas in public pages, exports or the API', async () => {
    const reader = new TestClient(harness.app);
    const hashes = (await harness.storage.db.selectFrom('agenda_share').select('token_hash').execute()).map((row) => row.token_hash);
    expect((await reader.get('/api/v1/editions/gsef-2018-bilbao/agenda-shares')).status).toBe(404);
    for (const path of ['/editions/gsef-2018-bilbao/program', '/editions/gsef-2018-bilbao/agenda', '/editions/gsef-2018-bilbao/schedule.json', '/api/v1/editions/gsef-2018-bilbao']) {
      const body = await (await reader.get(path)).text();
      expect(body, path).not.toContain('browser-api');
      for (const hash of hashes) expect(body, path).not.toContain(hash);
    }
  });

  it('counts in the organisers\' solve: two sessions the same readers want, held in parallel, cost one point per reader', async () => {
    const { w1, w3 } = forum.sessions;
    const editor = new ScheduleEditor(harness.context, forum.organiser, forum.edition);
    // Both pinned in parallel (day 1, first slot), so the solver cannot separate them.
    await editor.pin(w1);
    await editor.pin(w3);
    const solve = async () => (await editor.solve({ keepPins: true, stability: 0, iterationLimit: 30_000, timeLimitMs: 60_000 })).outcome!;
    const alone = await solve();
    expect(alone).toMatchObject({ applied: true, hard: 0 });
    for (let reader = 0; reader < 40; reader++) {
      await shareAgenda(harness.context, 'gsef-2018-bilbao', { token: `reader-${String(reader).padStart(2, '0')}-0123456789abcdef`, sessionIds: [w1, w3] });
    }
    const watched = await solve();
    expect(watched).toMatchObject({ applied: true, hard: 0 });
    // The default weight of "least audience overlap" is 1 per reader who wants both.
    expect(watched.soft! - alone.soft!).toBeCloseTo(40, 6);
  });

  it('tells the organisers how many readers share, and nobody else', async () => {
    const organiser = new TestClient(harness.app);
    expect((await organiser.signIn('organiser@gsef-2018-bilbao.example', fixturePassword)).status).toBe(200);
    const page = await (await organiser.get('/editions/gsef-2018-bilbao/manage/schedule?lang=en')).text();
    expect(page).toMatch(/id="shared-agendas"[^>]*>\d+ readers share their agendas anonymously/);
    const stranger = await new TestClient(harness.app).get('/editions/gsef-2018-bilbao/manage/schedule');
    expect(await stranger.text()).not.toContain('shared-agendas');
  });
});
