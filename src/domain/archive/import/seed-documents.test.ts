import { readFile, readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEdition } from '../../../../tests/factories/forum.js';
import { sharedDataAvailable, sharedRoot } from '../../../../tests/support/shared-data.js';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app.js';
import { systemActor } from '../../accounts/index.js';
import { exportForum } from '../../backup/index.js';
import { loadDemoForum } from '../../demo/index.js';
import type { LocalizedText } from '../../text/localized-text.js';
import { translator } from '../../../i18n/index.js';
import { lintEdition, lintMessage } from '../lint/index.js';
import { importDocuments, type ImportInput } from './import-documents.js';

const available = sharedDataAvailable('seeds');

async function seed(prefix: string): Promise<ImportInput> {
  const folder = `${sharedRoot}seeds/`;
  const file = (await readdir(folder)).find((name) => name.startsWith(prefix))!;
  return { file, bytes: await readFile(`${folder}${file}`) };
}

describe.skipIf(!available)('the four seed documents, imported', () => {
  let test: TestApp;
  const text = (raw: unknown) => test.storage.dialect.decodeJson<LocalizedText>(raw).text.fr;

  beforeAll(async () => {
    test = await createTestApp();
    // The workshop sheet names no forum: it goes into the 2021 virtual edition its organisers chose.
    await makeEdition(test.context, { slug: 'gsef-2021-virtual', startsOn: '2021-10-01', endsOn: '2021-10-08', timeZone: 'UTC', format: 'virtual' });
    await importDocuments(test.context, systemActor, [await seed('002_'), await seed('003_'), await seed('004_')]);
    await importDocuments(test.context, systemActor, [await seed('000_')], { slug: 'gsef-2021-virtual' });
  }, 60_000);
  afterAll(() => test.close());

  it('the Bilbao book becomes one edition with 3 days and 9 workshop slots', async () => {
    const { db } = test.storage;
    const edition = await db.selectFrom('edition').selectAll().where('slug', '=', 'gsef-2018-bilbao').executeTakeFirstOrThrow();
    expect(edition).toMatchObject({ starts_on: '2018-10-01', ends_on: '2018-10-03', host_city: 'Bilbao', country: 'ES', time_zone: 'Europe/Madrid' });
    const days = await db.selectFrom('program_day').select('date').where('edition_id', '=', edition.id).orderBy('date').execute();
    expect(days.map((day) => day.date)).toEqual(['2018-10-01', '2018-10-02', '2018-10-03']);
    const slots = await db.selectFrom('time_slot').innerJoin('program_day', 'program_day.id', 'time_slot.day_id')
      .select(['time_slot.id', 'time_slot.label', 'program_day.date']).where('time_slot.edition_id', '=', edition.id).orderBy('time_slot.position').execute();
    expect(slots).toHaveLength(9);
    expect(slots.map((slot) => slot.date)).toEqual(['2018-10-01', '2018-10-01', '2018-10-01', '2018-10-02', '2018-10-02', '2018-10-02', '2018-10-03', '2018-10-03', '2018-10-03']);
    const workshops = await db.selectFrom('session').select(['code', 'title', 'slot_id']).where('edition_id', '=', edition.id).where('slot_id', 'is not', null).execute();
    const perSlot = slots.map((slot) => workshops.filter((workshop) => workshop.slot_id === slot.id).length);
    expect(perSlot.every((count) => count >= 3 && count <= 5)).toBe(true);
    const first = workshops.find((workshop) => workshop.code === '1.1')!;
    expect(text(first.title)).toMatch(/^Stratégies de collaboration entre gouvernements locaux et agents de l'économie sociale/i);
  });

  it('the book gives at least 100 initiatives, with organisation, city, country code, presenter and URL where it has them', async () => {
    const { db } = test.storage;
    const initiatives = await db.selectFrom('initiative').innerJoin('edition', 'edition.id', 'initiative.edition_id')
      .leftJoin('organisation', 'organisation.id', 'initiative.organisation_id')
      .select(['initiative.id', 'initiative.code', 'initiative.city', 'initiative.country', 'initiative.website', 'initiative.session_id', 'organisation.name as organisation'])
      .where('edition.slug', '=', 'gsef-2018-bilbao').execute();
    expect(initiatives.length).toBeGreaterThanOrEqual(100);
    expect(new Set(initiatives.map((initiative) => initiative.code)).size).toBe(initiatives.length);
    const presenters = await db.selectFrom('initiative_presenter').select('initiative_id').execute();
    const withPresenter = new Set(presenters.map((row) => row.initiative_id));
    expect(initiatives.filter((initiative) => withPresenter.has(initiative.id)).length).toBeGreaterThanOrEqual(95);
    expect(initiatives.filter((initiative) => initiative.country && /^[A-Z]{2}$/.test(initiative.country)).length).toBeGreaterThanOrEqual(95);
    expect(initiatives.every((initiative) => initiative.session_id)).toBe(true);
    const asbc = initiatives.find((initiative) => initiative.code === '1.1.1')!;
    expect(asbc).toMatchObject({ city: 'Washington', country: 'US', website: 'http://asbcouncil.org/' });
    expect(text(asbc.organisation)).toMatch(/Conseil Américain des Entreprises Durables/);
    const koopera = initiatives.find((initiative) => initiative.code === '1.1.2')!;
    expect(koopera).toMatchObject({ city: 'Munguía', country: 'ES', website: 'http://koopera.org/' });
    const levine = await db.selectFrom('person').innerJoin('initiative_presenter', 'initiative_presenter.person_id', 'person.id')
      .select('person.name').where('initiative_presenter.initiative_id', '=', asbc.id).executeTakeFirstOrThrow();
    expect(levine.name).toBe('David Levine');
  });

  it('the co-creation sheet becomes a session with every field it states', async () => {
    const { db, dialect } = test.storage;
    const session = await db.selectFrom('session').innerJoin('edition', 'edition.id', 'session.edition_id').selectAll('session')
      .where('edition.slug', '=', 'led-2021-cordoba').where('session.code', '=', '2.3.2').executeTakeFirstOrThrow();
    expect(text(session.title)).toMatch(/^Systèmes territoriaux intégrés pour l'ESS/);
    // 11:05 at UTC-3 is the instant stored; the other zone's 16:15 is only checked, never stored twice.
    expect(session).toMatchObject({ format: 'co_creation', starts_at: '2021-06-01T14:05:00.000Z', ends_at: '2021-06-01T16:45:00.000Z', capacity: 70, language: 'fr' });
    expect(dialect.decodeBoolean(session.registration_required)).toBe(true);
    expect(dialect.decodeJson<string[]>(session.interpretation_languages).sort()).toEqual(['en', 'es']);
    const venue = await db.selectFrom('venue').select(['platform', 'kind']).where('id', '=', session.venue_id!).executeTakeFirstOrThrow();
    expect(venue).toEqual({ platform: 'Zoom', kind: 'virtual_platform' });
    const line = await db.selectFrom('thematic_line').select(['code', 'parent_id']).where('id', '=', session.thematic_line_id!).executeTakeFirstOrThrow();
    expect(line.code).toBe('2.3');
    const organisers = await db.selectFrom('session_organisation').select('role').where('session_id', '=', session.id).execute();
    expect(organisers.filter((row) => row.role === 'organiser').length).toBeGreaterThanOrEqual(4);
    const roles = await db.selectFrom('session_person_role').select('status').where('session_id', '=', session.id).execute();
    expect(roles.some((role) => role.status === 'to_be_confirmed')).toBe(true);
  });

  it('the workshop sheet and the concept note become sessions with their fields', async () => {
    const { db, dialect } = test.storage;
    const workshop = await db.selectFrom('session').innerJoin('edition', 'edition.id', 'session.edition_id').selectAll('session')
      .where('edition.slug', '=', 'gsef-2021-virtual').executeTakeFirstOrThrow();
    expect(workshop).toMatchObject({ format: 'workshop', starts_at: '2021-10-04T11:00:00.000Z', ends_at: '2021-10-04T12:30:00.000Z', duration_minutes: 90, language: 'fr' });
    expect(dialect.decodeJson<LocalizedText[]>(workshop.objectives)).toHaveLength(5);
    const speakers = await db.selectFrom('session_person_role').innerJoin('person', 'person.id', 'session_person_role.person_id')
      .select(['person.name', 'session_person_role.role']).where('session_id', '=', workshop.id).orderBy('position').execute();
    expect(speakers.find((speaker) => speaker.role === 'moderator')?.name).toBe('Chloé Sécher');
    expect(speakers.filter((speaker) => speaker.role === 'speaker').map((speaker) => speaker.name))
      .toEqual(['Mohammed Salhi', 'Kevin Ossah', 'Honoré Ouantchi', 'Johanne Lavoie', 'Béatrice Alain']);
    const lavoie = await db.selectFrom('presentation').innerJoin('person', 'person.id', 'presentation.person_id')
      .select(['presentation.title', 'person.name']).where('presentation.session_id', '=', workshop.id).execute();
    const collaboration = lavoie.find((row) => text(row.title)?.startsWith('Dynamiques de collaboration'))!;
    expect(collaboration.name).toBe('Johanne Lavoie');
    const plenary = await db.selectFrom('session').innerJoin('edition', 'edition.id', 'session.edition_id').selectAll('session')
      .where('edition.slug', '=', 'gsef-2020-virtual').executeTakeFirstOrThrow();
    expect(plenary.format).toBe('plenary');
    expect(text(plenary.title)).toMatch(/^Consolider l'ESS/);
    expect(dialect.decodeJson<LocalizedText[]>(plenary.objectives)).toHaveLength(2);
    expect(dialect.decodeJson<LocalizedText[]>(plenary.main_questions).length).toBeGreaterThanOrEqual(4);
  });

  it('people who appear in more than one seed are one person each, with every role', async () => {
    const { db } = test.storage;
    const everyRole = async (name: string) => {
      const people = await db.selectFrom('person').select('id').where('name', '=', name).execute();
      expect(people, name).toHaveLength(1);
      const roles = await db.selectFrom('session_person_role').innerJoin('session', 'session.id', 'session_person_role.session_id')
        .innerJoin('edition', 'edition.id', 'session.edition_id').select(['edition.slug', 'session_person_role.role']).where('person_id', '=', people[0]!.id).execute();
      const presented = await db.selectFrom('initiative_presenter').innerJoin('initiative', 'initiative.id', 'initiative_presenter.initiative_id')
        .innerJoin('edition', 'edition.id', 'initiative.edition_id').select(['edition.slug', 'initiative.code']).where('person_id', '=', people[0]!.id).execute();
      return [...roles.map((role) => `${role.slug} ${role.role}`), ...presented.map((row) => `${row.slug} presenter of ${row.code}`)].sort();
    };
    const appearances = { 'Mohammed Salhi': await everyRole('Mohammed Salhi'), 'Béatrice Alain': await everyRole('Béatrice Alain') };
    console.log('People found in more than one seed, with every role:', appearances);
    expect(appearances['Mohammed Salhi']).toEqual(['gsef-2018-bilbao speaker', 'gsef-2021-virtual speaker']);
    expect(appearances['Béatrice Alain']).toEqual(['gsef-2018-bilbao presenter of 6.3.1', 'gsef-2021-virtual speaker']);
  });

  it('lint reports the co-creation sheet\'s duration and zone contradictions and the workshop sheet\'s date without a year', async () => {
    const led = await lintEdition(test.context, systemActor, 'led-2021-cordoba');
    const duration = led.find((finding) => finding.code === 'duration_contradiction');
    const zones = led.find((finding) => finding.code === 'zone_contradiction');
    expect(duration).toMatchObject({ severity: 'error', params: { stated: 150, actual: 160 } });
    expect(duration!.where).toMatchObject({ kind: 'document', line: 21 });
    expect(zones).toMatchObject({ severity: 'error', params: { difference: 10 } });
    expect(lintMessage(translator('fr'), zones!)).toContain('10 min');
    const workshop = await lintEdition(test.context, systemActor, 'gsef-2021-virtual');
    const undated = workshop.find((finding) => finding.code === 'date_without_year');
    expect(undated).toMatchObject({ severity: 'warning', params: { date: '4 octobre', year: 2021 }, where: { kind: 'document', line: 9 } });
    expect(lintMessage(translator('es'), undated!)).toBe('La fecha «4 octobre» no tiene año; se tomó 2021 de la edición.');
  });

  it('once published, the pages show the book by slot and each person\'s whole history across editions', async () => {
    const { db } = test.storage;
    await db.updateTable('edition').set({ status: 'published' }).execute();
    const grid = await (await test.app.request('/editions/gsef-2018-bilbao/program?view=grid', { headers: { 'accept-language': 'fr' } })).text();
    expect(grid).toContain('Salle à préciser');
    expect(grid).toMatch(/ATELIERS SESSION 1|Ateliers session 1/i);
    expect(grid).toContain('1.1 · ');
    const alain = await db.selectFrom('person').select('id').where('name', '=', 'Béatrice Alain').executeTakeFirstOrThrow();
    const page = await (await test.app.request(`/people/${alain.id}`, { headers: { 'accept-language': 'fr' } })).text();
    expect(page).toContain('Initiatives présentées');
    expect(page).toContain('6.3.1 · ');
    expect(page).toContain('L&#39;économie sociale et solidaire dans la lutte contre les inégalités');
    const undp = await db.selectFrom('session_organisation').innerJoin('session', 'session.id', 'session_organisation.session_id')
      .select('session_organisation.organisation_id').where('session.code', '=', '2.3.2').executeTakeFirstOrThrow();
    const organisation = await (await test.app.request(`/organisations/${undp.organisation_id}`, { headers: { 'accept-language': 'en' } })).text();
    expect(organisation).toContain('Sessions organised or partnered');
    expect(organisation).toContain('2.3.2 · ');
  });

  it('the same sheet in English adds its texts to the session already imported in French', async () => {
    const english = [
      'Co-creation', '',
      'Session title 2.3.2: Integrated territorial systems for the SSE: building a framework for analysis and planning', '',
      'Date: 01/06/2021', '', 'Time: 11:05 - 13:45 (UTC-3)', '', 'Duration: 2 h 40 min', '', 'Platform: Zoom', '',
      'Session capacity: 70 people', '', 'Registration required: Yes', '', 'Languages: French – Spanish – English', '',
    ].join('\n');
    const report = await importDocuments(test.context, systemActor, [{ file: 'sheet-en.md', bytes: Buffer.from(english) }], { slug: 'led-2021-cordoba' });
    expect(report.documents[0]).toMatchObject({ kind: 'co_creation_sheet', language: 'en' });
    expect(report.counts.create.session ?? 0).toBe(0);
    const { db, dialect } = test.storage;
    const session = await db.selectFrom('session').innerJoin('edition', 'edition.id', 'session.edition_id').select(['session.title', 'session.language'])
      .where('edition.slug', '=', 'led-2021-cordoba').where('session.code', '=', '2.3.2').executeTakeFirstOrThrow();
    const title = dialect.decodeJson<LocalizedText>(session.title);
    expect(title.original).toBe('fr');
    expect(title.text.fr).toMatch(/^Systèmes territoriaux intégrés/);
    expect(title.text.en).toMatch(/^Integrated territorial systems for the SSE/);
  });

  it('importing the four seeds again changes nothing', async () => {
    const before = await exportForum(test.storage);
    const again = await importDocuments(test.context, systemActor, [await seed('002_'), await seed('003_'), await seed('004_')]);
    const sheet = await importDocuments(test.context, systemActor, [await seed('000_')], { slug: 'gsef-2021-virtual' });
    expect([...again.changes, ...sheet.changes].filter((change) => change.action !== 'unchanged').map((change) => change.label)).toEqual([]);
    expect(await exportForum(test.storage)).toBe(before);
  });
});

describe.skipIf(!available)('the Bilbao book imported into an edition that already holds its program', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp();
    await loadDemoForum(test.storage, { seed: 2018, scale: 1 }, () => undefined);
  }, 60_000);
  afterAll(() => test.close());

  it('finds the workshops by their codes and the slots by their places in the day, keeping their hours', async () => {
    const { db } = test.storage;
    const edition = await db.selectFrom('edition').select('id').where('slug', '=', 'gsef-2018-bilbao').executeTakeFirstOrThrow();
    const slotsBefore = await db.selectFrom('time_slot').select(['id', 'starts_at']).where('edition_id', '=', edition.id).orderBy('id').execute();
    await importDocuments(test.context, systemActor, [await seed('002_')]);
    const slotsAfter = await db.selectFrom('time_slot').select(['id', 'starts_at']).where('edition_id', '=', edition.id).orderBy('id').execute();
    expect(slotsAfter).toEqual(slotsBefore);
    const codes = await db.selectFrom('session').select('code').where('edition_id', '=', edition.id).where('code', '=', '1.1').execute();
    expect(codes).toHaveLength(1);
    const again = await importDocuments(test.context, systemActor, [await seed('002_')]);
    expect(again.changes.filter((change) => change.action !== 'unchanged').map((change) => change.label)).toEqual([]);
  });
});
