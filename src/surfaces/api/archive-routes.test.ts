import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeAccount, makeEdition, testPassword } from '../../../tests/factories/forum.js';
import { createTestApp, type TestApp } from '../../../tests/support/test-app.js';
import { TestClient } from '../../../tests/support/test-client.js';

const upload = (files: Record<string, string>, fields: Record<string, string> = {}) => {
  const form = new FormData();
  for (const [name, content] of Object.entries(files)) form.append('files', new File([content], name, { type: 'text/plain' }));
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return form;
};

const initiativesCsv = (rows: string[]) => ['Code,Title,Organisation,Country,Speaker', ...rows].join('\n');

describe('the archive\'s routes: import, program check, possible duplicates', () => {
  let test: TestApp;
  const clients: Record<string, TestClient> = {};

  beforeAll(async () => {
    test = await createTestApp();
    const bilbao = await makeEdition(test.context, { slug: 'gsef-2018-bilbao', status: 'draft' });
    const other = await makeEdition(test.context, { slug: 'other-forum', status: 'published' });
    await makeAccount(test.context, 'organiser@example.org', { editionId: bilbao.id, role: 'organiser' });
    await makeAccount(test.context, 'elsewhere@example.org', { editionId: other.id, role: 'organiser' });
    await makeAccount(test.context, 'partner@example.org', { editionId: bilbao.id, role: 'session_partner' });
    await makeAccount(test.context, 'participant@example.org');
    for (const name of ['organiser', 'elsewhere', 'partner', 'participant']) {
      clients[name] = new TestClient(test.app);
      await clients[name].signIn(`${name}@example.org`, testPassword);
    }
    clients.anonymous = new TestClient(test.app);
  });
  afterAll(() => test.close());

  it('an organiser\'s dry run reports what the import would do and writes nothing', async () => {
    const response = await clients.organiser!.post('/api/v1/editions/gsef-2018-bilbao/imports', {
      multipart: upload({ 'initiatives.csv': initiativesCsv(['1.1.1,Koopera,Koopera,ES,Javier Mariño']) }, { dryRun: 'true' }),
    });
    expect(response.status).toBe(200);
    const report = await response.json();
    expect(report).toMatchObject({ dryRun: true, counts: { create: { initiative: 1, person: 1, organisation: 1 } } });
    expect(await test.storage.db.selectFrom('initiative').select('id').execute()).toHaveLength(0);
  });

  it('an organiser imports; a broken file is refused naming its line, and nothing is written', async () => {
    const imported = await clients.organiser!.post('/api/v1/editions/gsef-2018-bilbao/imports', {
      multipart: upload({ 'initiatives.csv': initiativesCsv(['1.1.1,Koopera,Koopera,ES,Javier Mariño', '1.1.2,Lavoie,Ville de Montréal,CA,Johanne Lavoie']) }),
    });
    expect(imported.status).toBe(200);
    const broken = await clients.organiser!.post('/api/v1/editions/gsef-2018-bilbao/imports', {
      multipart: upload({ 'more.csv': initiativesCsv(['1.2.1,Fine,Coop,FR,Ana', '1.2.2,Broken,Coop,Narnia,Ben']) }),
    });
    expect(broken.status).toBe(400);
    const body = await broken.json();
    expect(body.error.fields[0]).toMatchObject({ path: 'more.csv:3' });
    expect(body.error.fields[0].message).toMatch(/country/);
    expect((await test.storage.db.selectFrom('initiative').select('code').execute()).map((row) => row.code).sort()).toEqual(['1.1.1', '1.1.2']);
  });

  it('everybody else is refused the import: unseen editions do not exist for them, seen ones are forbidden', async () => {
    const attempt = (client: TestClient) => client.post('/api/v1/editions/gsef-2018-bilbao/imports', { multipart: upload({ 'x.csv': initiativesCsv(['9.9.9,X,X,FR,X']) }) });
    expect((await attempt(clients.elsewhere!)).status).toBe(404);
    expect((await attempt(clients.participant!)).status).toBe(404);
    expect((await attempt(clients.partner!)).status).toBe(403);
    expect((await attempt(clients.anonymous!)).status).toBe(404);
    const published = (client: TestClient) => client.post('/api/v1/editions/other-forum/imports', { multipart: upload({ 'x.csv': initiativesCsv(['9.9.9,X,X,FR,X']) }) });
    expect((await published(clients.organiser!)).status).toBe(403);
    expect((await published(clients.anonymous!)).status).toBe(401);
    const forged = await clients.organiser!.post('/api/v1/editions/gsef-2018-bilbao/imports', { multipart: upload({ 'x.csv': initiativesCsv(['9.9.9,X,X,FR,X']) }), withoutCsrf: true });
    expect(forged.status).toBe(403);
    const creating = await clients.organiser!.post('/api/v1/imports', { multipart: upload({ 'x.csv': initiativesCsv(['9.9.9,X,X,FR,X']) }) });
    expect([400, 403]).toContain(creating.status);
    expect(await test.storage.db.selectFrom('initiative').select('id').where('code', '=', '9.9.9').execute()).toHaveLength(0);
  });

  it('the program check answers its organisers in their language, and nobody else', async () => {
    const response = await clients.organiser!.get('/api/v1/editions/gsef-2018-bilbao/lint?lang=fr');
    expect(response.status).toBe(200);
    const findings = await response.json();
    const bio = findings.find((finding: { code: string }) => finding.code === 'missing_bio');
    expect(bio.message).toMatch(/^Javier Mariño n’a pas de biographie\.$|^Johanne Lavoie n’a pas de biographie\.$/);
    for (const name of ['elsewhere', 'participant', 'partner', 'anonymous']) {
      expect((await clients[name]!.get('/api/v1/editions/gsef-2018-bilbao/lint')).status, name).toBe(404);
    }
    const page = await clients.organiser!.get('/editions/gsef-2018-bilbao/manage/lint');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<h1>Program check</h1>');
    expect((await clients.participant!.get('/editions/gsef-2018-bilbao/manage/lint')).status).toBe(404);
    expect((await clients.anonymous!.get('/editions/gsef-2018-bilbao/manage/lint')).status).toBe(303);
  });

  it('a doubtful match waits for an organiser of the edition, who merges it; others never see it', async () => {
    const imported = await clients.organiser!.post('/api/v1/editions/gsef-2018-bilbao/imports', {
      multipart: upload({ 'late.csv': initiativesCsv(['1.3.1,Montréal again,Coop du Québec,CA,Johane Lavoie']) }),
    });
    expect(imported.status).toBe(200);
    expect((await imported.json()).counts.suggest.person).toBe(1);
    for (const name of ['elsewhere', 'participant', 'partner']) {
      expect(await (await clients[name]!.get('/api/v1/identity-suggestions')).json(), name).toEqual([]);
    }
    expect((await clients.anonymous!.get('/api/v1/identity-suggestions')).status).toBe(401);
    const [suggestion] = await (await clients.organiser!.get('/api/v1/identity-suggestions')).json();
    expect(suggestion).toMatchObject({ subject: 'person', kept: { name: 'Johanne Lavoie' }, other: { name: 'Johane Lavoie' } });
    expect((await clients.elsewhere!.post(`/api/v1/identity-suggestions/${suggestion.id}`, { json: { decision: 'confirm' } })).status).toBe(404);
    expect((await clients.organiser!.post(`/api/v1/identity-suggestions/${suggestion.id}`, { json: { decision: 'maybe' } })).status).toBe(400);
    expect((await clients.organiser!.post(`/api/v1/identity-suggestions/${suggestion.id}`, { json: { decision: 'confirm' } })).status).toBe(204);
    const people = await test.storage.db.selectFrom('person').select(['id', 'name']).where('name', 'like', '%Lavoie').execute();
    expect(people.map((person) => person.name)).toEqual(['Johanne Lavoie']);
    const aliases = await test.storage.db.selectFrom('person_alias').select('alias').where('person_id', '=', people[0]!.id).execute();
    expect(aliases.map((alias) => alias.alias)).toContain('Johane Lavoie');
    const presenters = await test.storage.db.selectFrom('initiative_presenter').select('initiative_id').where('person_id', '=', people[0]!.id).execute();
    expect(presenters).toHaveLength(2);
    expect((await clients.organiser!.post(`/api/v1/identity-suggestions/${suggestion.id}`, { json: { decision: 'reject' } })).status).toBe(409);
  });

  it('the import page runs a dry run from an uploaded file, without scripts', async () => {
    const page = await clients.organiser!.get('/editions/gsef-2018-bilbao/manage/import');
    expect(page.status).toBe(200);
    const form = upload({ 'page.csv': initiativesCsv(['1.4.1,Through the page,Coop,FR,Léa Martin']) }, { mode: 'dry-run' });
    const response = await clients.organiser!.post('/editions/gsef-2018-bilbao/manage/import', { multipart: form });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('Dry run: nothing was written.');
    expect(html).toContain('1.4.1 Through the page');
    expect((await clients.participant!.get('/editions/gsef-2018-bilbao/manage/import')).status).toBe(404);
    expect((await clients.organiser!.get('/manage/import')).status).toBe(403);
  });
});
