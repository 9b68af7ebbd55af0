import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeAccount, makeEdition, makePerson, makeSession, makeVirtualVenue, testPassword } from '../../../tests/factories/forum.js';
import { createTestApp, type TestApp } from '../../../tests/support/test-app.js';
import { TestClient } from '../../../tests/support/test-client.js';
import { testEngine } from '../../../tests/support/test-storage.js';

const personas = ['anonymous', 'participant', 'speaker', 'reviewer', 'partner', 'otherOrganiser', 'organiser', 'admin'] as const;
type Persona = (typeof personas)[number];

interface Probe {
  name: string;
  method: 'GET' | 'POST' | 'PATCH';
  path: () => string;
  json?: () => unknown;
  /** The status each persona must get; personas not listed get `otherwise`. */
  expect: Partial<Record<Persona, number>> & { otherwise: number };
}

describe(`who may do what, on ${testEngine}`, () => {
  let harness: TestApp;
  const clients = {} as Record<Persona, TestClient>;
  const ids = { publishedSession: '', draftSession: '', otherDraftSession: '', publicPerson: '', hiddenPerson: '' };
  let memberCounter = 0;

  beforeAll(async () => {
    harness = await createTestApp();
    const { context } = harness;
    const forum = await makeEdition(context, { slug: 'gsef-2018-bilbao', status: 'published' });
    const other = await makeEdition(context, { slug: 'gsef-2021-mexico', status: 'draft', timeZone: 'America/Mexico_City', startsOn: '2021-10-19', endsOn: '2021-10-22' });
    await makeVirtualVenue(context, forum.id, 'https://zoom.example.org/j/secret-room');
    ids.publishedSession = (await makeSession(context, forum)).id;
    ids.draftSession = (await makeSession(context, forum, { status: 'draft' })).id;
    ids.otherDraftSession = (await makeSession(context, other, { status: 'draft' })).id;
    ids.publicPerson = await makePerson(context, 'Johanne Lavoie', 'johanne@example.org', ids.publishedSession);
    ids.hiddenPerson = await makePerson(context, 'Chloé Sécher', 'chloe@example.org', ids.draftSession);
    const grants: Record<Exclude<Persona, 'anonymous' | 'admin'>, [string, Parameters<typeof makeAccount>[2]]> = {
      participant: ['participant@example.org', { editionId: forum.id, role: 'participant' }],
      speaker: ['speaker@example.org', { editionId: forum.id, role: 'speaker' }],
      reviewer: ['reviewer@example.org', { editionId: forum.id, role: 'reviewer' }],
      partner: ['partner@example.org', { editionId: forum.id, role: 'session_partner' }],
      otherOrganiser: ['other@example.org', { editionId: other.id, role: 'organiser' }],
      organiser: ['organiser@example.org', { editionId: forum.id, role: 'organiser' }],
    };
    for (const [persona, [email, grant]] of Object.entries(grants)) {
      await makeAccount(context, email, grant);
      clients[persona as Persona] = new TestClient(harness.app);
      expect((await clients[persona as Persona].signIn(email, testPassword)).status).toBe(200);
    }
    await makeAccount(context, 'admin@example.org', undefined, { admin: true });
    clients.admin = new TestClient(harness.app);
    await clients.admin.signIn('admin@example.org', testPassword);
    clients.anonymous = new TestClient(harness.app);
  });
  afterAll(() => harness.close());

  const forum = '/api/v1/editions/gsef-2018-bilbao';
  const other = '/api/v1/editions/gsef-2021-mexico';
  const denied = { anonymous: 401, otherwise: 403 } as const;
  const organisersOnly = { ...denied, organiser: 200, admin: 200 };
  const newSession = () => ({ format: 'workshop', title: { original: 'es', text: { es: 'Taller de finanzas solidarias' } }, language: 'es' });
  const edition = (slug: string) => ({
    slug, name: { original: 'en', text: { en: 'A new forum' } }, startsOn: '2026-05-01', endsOn: '2026-05-02', timeZone: 'Africa/Dakar', format: 'virtual', languages: ['fr'],
  });

  const probes: Probe[] = [
    { name: 'read the session', method: 'GET', path: () => '/api/v1/session', expect: { otherwise: 200 } },
    { name: 'read the OpenAPI document', method: 'GET', path: () => '/api/v1/openapi.json', expect: { otherwise: 200 } },
    { name: 'list editions', method: 'GET', path: () => '/api/v1/editions', expect: { otherwise: 200 } },
    { name: 'create an edition', method: 'POST', path: () => '/api/v1/editions', json: () => edition(`new-forum-${++memberCounter}`), expect: { ...denied, admin: 201 } },
    { name: 'read a published edition', method: 'GET', path: () => forum, expect: { otherwise: 200 } },
    { name: "read another edition's draft", method: 'GET', path: () => other, expect: { otherwise: 404, otherOrganiser: 200, admin: 200 } },
    { name: 'change a published edition', method: 'PATCH', path: () => forum, json: () => ({ hostCity: 'Bilbao' }), expect: organisersOnly },
    { name: "change another edition's draft", method: 'PATCH', path: () => other, json: () => ({ hostCity: 'Ciudad de México' }), expect: { otherwise: 404, otherOrganiser: 200, admin: 200 } },
    { name: 'list venues', method: 'GET', path: () => `${forum}/venues`, expect: { otherwise: 200 } },
    { name: "list another draft edition's venues", method: 'GET', path: () => `${other}/venues`, expect: { otherwise: 404, otherOrganiser: 200, admin: 200 } },
    { name: 'list time slots', method: 'GET', path: () => `${forum}/time-slots`, expect: { otherwise: 200 } },
    { name: 'list memberships', method: 'GET', path: () => `${forum}/memberships`, expect: organisersOnly },
    { name: 'grant a role', method: 'POST', path: () => `${forum}/memberships`, json: () => ({ email: 'speaker@example.org', role: 'speaker' }), expect: { ...denied, organiser: 201, admin: 201 } },
    { name: 'read the audit log', method: 'GET', path: () => `${forum}/audit`, expect: organisersOnly },
    { name: "read another draft edition's audit log", method: 'GET', path: () => `${other}/audit`, expect: { otherwise: 404, otherOrganiser: 200, admin: 200 } },
    { name: 'list sessions', method: 'GET', path: () => `${forum}/sessions`, expect: { otherwise: 200 } },
    { name: 'propose a session', method: 'POST', path: () => `${forum}/sessions`, json: newSession, expect: { ...denied, partner: 201, organiser: 201, admin: 201 } },
    { name: 'read a published session', method: 'GET', path: () => `${forum}/sessions/${ids.publishedSession}`, expect: { otherwise: 200 } },
    { name: 'read a draft session', method: 'GET', path: () => `${forum}/sessions/${ids.draftSession}`, expect: { otherwise: 404, organiser: 200, admin: 200 } },
    { name: "reach another edition's session through this edition", method: 'GET', path: () => `${forum}/sessions/${ids.otherDraftSession}`, expect: { otherwise: 404 } },
    { name: 'change a published session', method: 'PATCH', path: () => `${forum}/sessions/${ids.publishedSession}`, json: () => ({ capacity: 120 }), expect: organisersOnly },
    { name: 'change a draft session', method: 'PATCH', path: () => `${forum}/sessions/${ids.draftSession}`, json: () => ({ capacity: 60 }), expect: { otherwise: 404, organiser: 200, admin: 200 } },
    { name: 'read a person who speaks in a published session', method: 'GET', path: () => `/api/v1/people/${ids.publicPerson}`, expect: { otherwise: 200 } },
    { name: 'read a person who only appears in a draft', method: 'GET', path: () => `/api/v1/people/${ids.hiddenPerson}`, expect: { otherwise: 404, organiser: 200, admin: 200 } },
    { name: 'open the home page', method: 'GET', path: () => '/', expect: { otherwise: 200 } },
    { name: "open another edition's draft page", method: 'GET', path: () => '/editions/gsef-2021-mexico', expect: { otherwise: 404, otherOrganiser: 200, admin: 200 } },
    { name: 'open the outbox', method: 'GET', path: () => '/outbox', expect: { anonymous: 303, otherwise: 403, admin: 200 } },
    { name: 'open a published edition page', method: 'GET', path: () => '/editions/gsef-2018-bilbao', expect: { otherwise: 200 } },
    { name: 'open the sign-in page', method: 'GET', path: () => '/sign-in', expect: { otherwise: 200 } },
    { name: 'open the sign-up page', method: 'GET', path: () => '/sign-up', expect: { otherwise: 200 } },
    { name: 'open the password reset page', method: 'GET', path: () => '/password-reset', expect: { otherwise: 200 } },
    { name: 'open a reset link that does not exist', method: 'GET', path: () => '/password-reset/not-a-real-token-at-all', expect: { otherwise: 200 } },
    { name: 'search the archive', method: 'GET', path: () => '/search?q=atelier', expect: { otherwise: 200 } },
    { name: 'open the program page', method: 'GET', path: () => '/editions/gsef-2018-bilbao/program', expect: { otherwise: 200 } },
    { name: "open a draft edition's program page", method: 'GET', path: () => '/editions/gsef-2021-mexico/program', expect: { otherwise: 404 } },
    { name: 'open a published session page', method: 'GET', path: () => `/editions/gsef-2018-bilbao/sessions/${ids.publishedSession}`, expect: { otherwise: 200 } },
    { name: 'open a draft session page, even as its organiser (the public surface shows published work only)', method: 'GET', path: () => `/editions/gsef-2018-bilbao/sessions/${ids.draftSession}`, expect: { otherwise: 404 } },
    { name: 'download the frab schedule', method: 'GET', path: () => '/editions/gsef-2018-bilbao/schedule.json', expect: { otherwise: 200 } },
    { name: 'switch language', method: 'GET', path: () => '/language/es?next=%2F', expect: { otherwise: 303 } },
    { name: 'ask for a password reset', method: 'POST', path: () => '/api/v1/auth/password-reset', json: () => ({ email: `someone-${++memberCounter}@example.org` }), expect: { otherwise: 202 } },
  ];

  for (const probe of probes) {
    it(`${probe.name}: each persona gets exactly what the rules allow`, async () => {
      const outcomes: Record<string, number> = {};
      const wanted: Record<string, number> = {};
      for (const persona of personas) {
        const response = await clients[persona].request(probe.method, probe.path(), probe.json ? { json: probe.json() } : {});
        outcomes[persona] = response.status;
        wanted[persona] = probe.expect[persona] ?? probe.expect.otherwise;
      }
      expect(outcomes).toEqual(wanted);
    });
  }

  it('a join link and private emails reach organisers only', async () => {
    for (const persona of personas) {
      const venues = await (await clients[persona].get(`${forum}/venues`)).text();
      const person = await (await clients[persona].get(`/api/v1/people/${ids.publicPerson}`)).text();
      const canSee = persona === 'organiser' || persona === 'admin';
      expect(venues.includes('secret-room'), persona).toBe(canSee);
      expect(person.includes('johanne@example.org'), persona).toBe(canSee);
    }
  });

  it('drafts appear in lists only for those allowed to see them', async () => {
    for (const persona of personas) {
      const sessions = (await (await clients[persona].get(`${forum}/sessions`)).json()) as { id: string }[];
      const editions = (await (await clients[persona].get('/api/v1/editions')).json()) as { slug: string }[];
      expect(sessions.some((session) => session.id === ids.draftSession), persona).toBe(persona === 'organiser' || persona === 'admin');
      expect(editions.some((listed) => listed.slug === 'gsef-2021-mexico'), persona).toBe(persona === 'otherOrganiser' || persona === 'admin');
    }
  });

  it('a session partner proposes only drafts, edits only their own, and never publishes', async () => {
    const partner = clients.partner;
    const published = await partner.post(`${forum}/sessions`, { json: { ...newSession(), status: 'published' } });
    expect(published.status).toBe(403);
    const draft = (await (await partner.post(`${forum}/sessions`, { json: newSession() })).json()) as { id: string; status: string };
    expect(draft.status).toBe('draft');
    expect((await partner.get(`${forum}/sessions/${draft.id}`)).status).toBe(200);
    expect((await partner.patch(`${forum}/sessions/${draft.id}`, { json: { capacity: 40 } })).status).toBe(200);
    expect((await partner.patch(`${forum}/sessions/${draft.id}`, { json: { status: 'published' } })).status).toBe(403);
    expect((await clients.speaker.get(`${forum}/sessions/${draft.id}`)).status).toBe(404);
    expect((await clients.organiser.patch(`${forum}/sessions/${draft.id}`, { json: { status: 'published' } })).status).toBe(200);
    expect((await partner.patch(`${forum}/sessions/${draft.id}`, { json: { capacity: 50 } })).status).toBe(403);
  });

  it('every change by staff lands in the audit log with before and after', async () => {
    await clients.organiser.patch(forum, { json: { venue: 'Palacio Euskalduna' } });
    const entries = (await (await clients.organiser.get(`${forum}/audit`)).json()) as { entityType: string; action: string; before: { venue: string }; after: { venue: string } }[];
    const change = entries.find((entry) => entry.entityType === 'edition' && entry.after.venue === 'Palacio Euskalduna');
    expect(change?.action).toBe('update');
    expect(change?.before.venue).not.toBe('Palacio Euskalduna');
  });
});
