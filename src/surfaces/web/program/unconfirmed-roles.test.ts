import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeAccount, makeEdition, makePerson, makeSession, testPassword } from '../../../../tests/factories/forum.js';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app.js';
import { TestClient } from '../../../../tests/support/test-client.js';
import { testEngine } from '../../../../tests/support/test-storage.js';
import { newId } from '../../../db/ids.js';

describe(`people still to be confirmed, when organisers hide them, on ${testEngine}`, () => {
  let harness: TestApp;
  let organiser: TestClient;
  const ids = { session: '', confirmed: '', unconfirmed: '' };
  const base = '/editions/led-2021';

  beforeAll(async () => {
    harness = await createTestApp();
    const { context } = harness;
    const edition = await makeEdition(context, { slug: 'led-2021', hideUnconfirmedRoles: true, startsOn: '2021-05-26', endsOn: '2021-06-01', timeZone: 'America/Argentina/Cordoba' });
    const session = await makeSession(context, edition, { startsAt: '2021-06-01T14:05:00.000Z', endsAt: '2021-06-01T16:45:00.000Z' });
    ids.session = session.id;
    ids.confirmed = await makePerson(context, 'Ville de Barcelona', 'bcn@example.org', session.id);
    ids.unconfirmed = await makePerson(context, 'Municipalité de Cordoba', 'cba@example.org');
    await context.storage.db.insertInto('session_person_role').values({ id: newId(), session_id: session.id, person_id: ids.unconfirmed, role: 'speaker', status: 'to_be_confirmed', position: 1 }).execute();
    await makeAccount(context, 'organiser@example.org', { editionId: edition.id, role: 'organiser' });
    organiser = new TestClient(harness.app);
    await organiser.signIn('organiser@example.org', testPassword);
  });
  afterAll(() => harness.close());

  it('never shows them in pages, exports or the API, while organisers still see them', async () => {
    const visitor = new TestClient(harness.app);
    for (const path of [`${base}/program`, `${base}/sessions/${ids.session}`, `${base}/schedule.json`, `${base}/schedule.xml`, `${base}/calendar.ics`, `/api/v1${base}/sessions`, `/api/v1${base}/sessions/${ids.session}`]) {
      const body = await (await visitor.get(path)).text();
      expect(body, path).not.toContain('Municipalité de Cordoba');
      expect(body, path).not.toContain(ids.unconfirmed);
    }
    expect(await (await visitor.get(`${base}/sessions/${ids.session}`)).text()).toContain('Ville de Barcelona');
    expect((await visitor.get(`/people/${ids.unconfirmed}`)).status).toBe(404);
    expect((await visitor.get(`/api/v1/people/${ids.unconfirmed}`)).status).toBe(404);
    expect(await (await organiser.get(`/api/v1${base}/sessions/${ids.session}`)).text()).toContain('Municipalité de Cordoba');
  });

  it('shows them, marked as to be confirmed, once organisers stop hiding them', async () => {
    expect((await organiser.patch(`/api/v1${base}`, { json: { hideUnconfirmedRoles: false } })).status).toBe(200);
    const page = await (await new TestClient(harness.app).get(`${base}/sessions/${ids.session}`)).text();
    expect(page).toContain('Municipalité de Cordoba');
    expect(page).toContain('to be confirmed');
  });
});
