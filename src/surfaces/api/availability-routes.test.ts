import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../../../tests/support/test-storage.js';
import { setUpAvailabilityPersonas, type AvailabilityHarness } from '../web/availability/availability-personas.js';

const slug = 'gsef-2018-bilbao';

describe(`the availability API, on ${testEngine}`, () => {
  let setup: AvailabilityHarness;
  const path = (personId: string) => `/api/v1/editions/${slug}/people/${personId}/availability`;
  const windows = async () => setup.harness.storage.db.selectFrom('availability_window').select(['kind', 'starts_at', 'ends_at']).where('person_id', '=', setup.forum.people.iker).execute();

  beforeAll(async () => {
    setup = await setUpAvailabilityPersonas(slug);
  });
  afterAll(() => setup.harness.close());

  it('an organiser replaces a person’s windows and reads them back, as UTC instants and as typed', async () => {
    const { clients, forum } = setup;
    const body = { timeZone: 'America/Bogota', windows: [{ kind: 'available', startsAt: '2018-10-01T02:00', endsAt: '2018-10-01T06:00', note: 'from home' }, { kind: 'preferred', startsAt: '2018-10-01T02:00', endsAt: '2018-10-01T04:00' }] };
    const saved = await clients.organiser.request('PUT', path(forum.people.iker), { json: body });
    expect(saved.status, await saved.clone().text()).toBe(200);
    const read = (await (await clients.organiser.get(path(forum.people.iker))).json()) as { person: { name: string }; timeZone: string; windows: unknown[] };
    expect(read.person.name).toBe('Iker Etxeberria');
    expect(read.timeZone).toBe('America/Bogota');
    expect(read.windows).toEqual([
      expect.objectContaining({ kind: 'available', startsAt: '2018-10-01T07:00:00.000Z', endsAt: '2018-10-01T11:00:00.000Z', localStartsAt: '2018-10-01T02:00', note: 'from home' }),
      expect.objectContaining({ kind: 'preferred', startsAt: '2018-10-01T07:00:00.000Z', endsAt: '2018-10-01T09:00:00.000Z', note: null }),
    ]);
  });

  it('refuses a bad set naming each field, and keeps what was stored', async () => {
    const { clients, forum } = setup;
    const before = await windows();
    const response = await clients.organiser.request('PUT', path(forum.people.iker), {
      json: { timeZone: 'America/Bogota', windows: [{ kind: 'available', startsAt: '2018-12-24T08:00', endsAt: '2018-12-24T09:00' }, { kind: 'sometimes', startsAt: '2018-10-01T08:00', endsAt: '2018-10-01T09:00' }] },
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { fields: { path: string }[] } }).error.fields.map((field) => field.path)).toEqual(['windows.1.kind']);
    const outside = await clients.organiser.request('PUT', path(forum.people.iker), { json: { timeZone: 'America/Bogota', windows: [{ kind: 'available', startsAt: '2018-12-24T08:00', endsAt: '2018-12-24T09:00' }] } });
    expect(((await outside.json()) as { error: { fields: { path: string }[] } }).error.fields.map((field) => field.path)).toEqual(['windows.0.startsAt']);
    expect(await windows()).toEqual(before);
  });

  it('nobody else reads or writes it: 401 signed out, 403 for other people, no zone or time in the answer', async () => {
    const { clients, forum } = setup;
    for (const persona of ['anonymous', 'participant', 'otherSpeaker', 'otherOrganiser', 'ana'] as const) {
      for (const method of ['GET', 'PUT'] as const) {
        const response = await clients[persona].request(method, path(forum.people.iker), method === 'PUT' ? { json: { timeZone: 'Europe/Paris', windows: [] } } : {});
        const text = await response.text();
        expect(response.status, `${persona} ${method}`).toBe(persona === 'anonymous' ? 401 : 403);
        expect(text).not.toContain('Bogota');
        expect(text).not.toContain('07:00');
      }
    }
    expect(await windows()).toHaveLength(2);
  });

  it('the OpenAPI document describes both routes', async () => {
    const document = (await (await setup.clients.anonymous.get('/api/v1/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
    expect(Object.keys(document.paths['/editions/{slug}/people/{personId}/availability'] ?? {}).sort()).toEqual(['get', 'put']);
  });
});
