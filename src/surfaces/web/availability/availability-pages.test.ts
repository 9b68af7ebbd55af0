import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../../tests/support/test-app.js';
import type { TestClient } from '../../../../tests/support/test-client.js';
import { testEngine } from '../../../../tests/support/test-storage.js';
import type { FixtureForum } from '../../../domain/schedule/editor/fixture-forum.js';
import { setUpAvailabilityPersonas, type AvailabilityPersona as Persona } from './availability-personas.js';

/** What only Ana and the organisers may read: her zone (in no list of the page) and her note. */
const secrets = ['America/La_Paz', 'La_Paz', 'lands at 07:40'];
const slug = 'gsef-2018-bilbao';

describe(`a person's availability pages and API, on ${testEngine}`, () => {
  let harness: TestApp;
  let forum: FixtureForum;
  let draftForum: FixtureForum;
  let clients: Record<Persona, TestClient>;
  const api = (personId: string, forumSlug = slug) => `/api/v1/editions/${forumSlug}/people/${personId}/availability`;
  const managePage = (personId: string, forumSlug = slug) => `/editions/${forumSlug}/manage/people/${personId}/availability`;
  const ownPage = `/editions/${slug}/availability`;
  const stored = async () => harness.storage.db.selectFrom('availability_window').selectAll().where('person_id', '=', forum.people.ana).orderBy('position').execute();

  beforeAll(async () => {
    ({ harness, forum, draftForum, clients } = await setUpAvailabilityPersonas(slug));
    const saved = await clients.organiser.request('PUT', api(forum.people.ana), {
      json: { timeZone: 'America/La_Paz', windows: [{ kind: 'available', startsAt: '2018-10-02T03:00', endsAt: '2018-10-02T07:00', note: 'flight lands at 07:40' }] },
    });
    expect(saved.status, await saved.clone().text()).toBe(200);
  });
  afterAll(() => harness.close());

  const probes = (personId: () => string, forumSlug = slug) => [
    { method: 'GET', path: api(personId(), forumSlug) },
    { method: 'PUT', path: api(personId(), forumSlug), json: { timeZone: 'Europe/Paris', windows: [] } },
    { method: 'GET', path: managePage(personId(), forumSlug) },
    { method: 'POST', path: `${managePage(personId(), forumSlug)}/zone`, form: { timeZone: 'Europe/Paris' } },
    { method: 'POST', path: `${managePage(personId(), forumSlug)}/windows`, form: { timeZone: 'Europe/Paris', kind: 'available', startsAt: '2018-10-01T09:00', endsAt: '2018-10-01T10:00' } },
  ] as const;
  const send = (persona: Persona, probe: ReturnType<typeof probes>[number]) =>
    clients[persona].request(probe.method, probe.path, 'json' in probe ? { json: probe.json } : 'form' in probe ? { form: probe.form } : {});

  it.each(['anonymous', 'participant', 'otherSpeaker', 'otherOrganiser'] as const)('%s can neither read nor change Ana’s availability', async (persona) => {
    const before = await stored();
    for (const probe of probes(() => forum.people.ana)) {
      const response = await send(persona, probe);
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
    expect(await stored()).toEqual(before);
  });

  it('a draft forum’s people do not exist for an organiser of another forum (404)', async () => {
    for (const probe of probes(() => draftForum.people.ana, 'gsef-2021-draft')) {
      const response = await send('organiser', probe);
      expect(response.status, `${probe.method} ${probe.path}`).toBe(404);
    }
  });

  it('someone whose account is tied to no person of the forum has no page of their own (404)', async () => {
    expect((await clients.participant.get(ownPage)).status).toBe(404);
    expect((await clients.anonymous.get(ownPage)).status).toBe(303);
  });

  it('the public pages never show a person’s availability', async () => {
    for (const path of [`/people/${forum.people.ana}`, `/editions/${slug}/program`, `/editions/${slug}/schedule.json`, `/editions/${slug}/calendar.ics`]) {
      const body = await (await clients.ana.get(path)).text();
      for (const secret of secrets) expect(body, path).not.toContain(secret);
    }
  });

  it('the organiser sees Ana’s windows in her zone and in the forum’s, and the schedule editor links to them', async () => {
    const page = await (await clients.organiser.get(managePage(forum.people.ana))).text();
    expect(page).toContain('Availability of Ana Souza');
    expect(page).toContain('America/La_Paz');
    expect(page).toContain('flight lands at 07:40');
    expect(page).toContain('Europe/Madrid');
    const editor = await (await clients.organiser.get(`/editions/${slug}/manage/schedule`)).text();
    expect(editor).toContain(`href="${managePage(forum.people.ana)}"`);
    // W3 stands on day 1, outside her only window: the marker says so in her zone.
    expect(editor).toContain('Ana Souza is available only Tue 2 Oct 03:00–07:00 (America/La_Paz).');
    const json = (await (await clients.organiser.get(api(forum.people.ana))).json()) as { timeZone: string; windows: { startsAt: string; localStartsAt: string }[] };
    expect(json.timeZone).toBe('America/La_Paz');
    expect(json.windows).toEqual([expect.objectContaining({ startsAt: '2018-10-02T07:00:00.000Z', localStartsAt: '2018-10-02T03:00' })]);
  });

  it('Ana manages her own windows with plain forms, in the zone her program pages use', async () => {
    const ana = clients.ana;
    const own = await (await ana.get(ownPage)).text();
    expect(own).toContain('My availability');
    expect(own).toContain('value="America/La_Paz"');
    // She moves to Bogotá: her windows keep their instants, now shown in her new zone.
    expect((await ana.post(`${ownPage}/zone`, { form: { timeZone: 'America/Bogota' } })).headers.get('location')).toBe(`${ownPage}?notice=saved`);
    expect((await stored()).map((row) => row.starts_at)).toEqual(['2018-10-02T07:00:00.000Z']);
    const added = await ana.post(`${ownPage}/windows`, { form: { timeZone: 'America/Bogota', kind: 'preferred', startsAt: '2018-10-02T08:00', endsAt: '2018-10-02T11:00', note: '' } });
    expect(added.status).toBe(303);
    expect((await stored()).map((row) => [row.kind, row.starts_at, row.ends_at])).toEqual([
      ['available', '2018-10-02T07:00:00.000Z', '2018-10-02T11:00:00.000Z'], ['preferred', '2018-10-02T13:00:00.000Z', '2018-10-02T16:00:00.000Z'],
    ]);
    const refused = await ana.post(`${ownPage}/windows`, { form: { timeZone: 'America/Bogota', kind: 'available', startsAt: '2018-10-02T12:00', endsAt: '2018-10-02T10:00', note: '' } });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('This window was not saved');
    expect(await stored()).toHaveLength(2);
    const forged = await ana.post(`${ownPage}/windows`, { form: { timeZone: 'America/Bogota', kind: 'available', startsAt: '2018-10-01T09:00', endsAt: '2018-10-01T10:00' }, withoutCsrf: true });
    expect(forged.status).toBe(403);
    expect((await ana.request('PUT', api(forum.people.ana), { json: { timeZone: 'Europe/Paris', windows: [] }, withoutCsrf: true })).status).toBe(403);
    expect(await stored()).toHaveLength(2);
    const preferred = (await stored())[1]!;
    expect((await ana.post(`${ownPage}/windows/${preferred.id}/delete`, { form: {} })).status).toBe(303);
    expect((await stored()).map((row) => row.kind)).toEqual(['available']);
    await ana.get(`/language/es?next=${encodeURIComponent(ownPage)}`);
    expect(await (await ana.get(ownPage)).text()).toContain('Mi disponibilidad');
    await ana.get(`/language/fr?next=${encodeURIComponent(ownPage)}`);
    expect(await (await ana.get(ownPage)).text()).toContain('Mes disponibilités');
    await ana.get(`/language/en?next=${encodeURIComponent(ownPage)}`);
  });

  it('a new speaker’s zone defaults to the one the public pages use (the cv_tz cookie)', async () => {
    const nadia = clients.otherSpeaker;
    nadia.cookies.set('cv_tz', encodeURIComponent('Asia/Manila'));
    const page = await (await nadia.get(ownPage)).text();
    expect(page).toContain('value="Asia/Manila"');
    expect(page).not.toContain('La_Paz');
  });
});
