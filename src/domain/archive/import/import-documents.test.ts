import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeAccount, makeEdition, makeSession, makeVirtualVenue } from '../../../../tests/factories/forum.js';
import { sharedDataAvailable, sharedRoot } from '../../../../tests/support/shared-data.js';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app.js';
import { loadActor, systemActor } from '../../accounts/index.js';
import { exportForum } from '../../backup/index.js';
import { DomainError } from '../../errors.js';
import { importDocuments } from './import-documents.js';
import { DocumentParseError } from './imported-document.js';

const frabAvailable = sharedDataAvailable('formats/frab-schedule');

const csv = (rows: string[][]) => Buffer.from(rows.map((row) => row.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(',')).join('\n'));

describe('importing structured documents', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp();
    await makeEdition(test.context, { slug: 'gsef-2018-bilbao', status: 'draft' });
  });
  afterAll(() => test.close());

  it('a spreadsheet of initiatives in Spanish lands in the chosen edition, with countries as ISO codes', async () => {
    const sheet = csv([
      ['Código', 'Título', 'Organización', 'Ciudad', 'País', 'Ponente', 'Cargo', 'Sitio web'],
      ['9.9.1', 'Moneda social MUMBUCA', 'Banco Mumbuca', 'Maricá', 'Brasil', 'Ana Souza', 'Coordinadora', 'https://mumbuca.example.org/'],
      ['9.9.2', 'Cooperativas de cuidado', 'Red de cuidados', 'Bogotá', 'CO', 'Luis Pérez', 'Presidente', 'not a url'],
    ]);
    const report = await importDocuments(test.context, systemActor, [{ file: 'iniciativas.csv', bytes: sheet }], { slug: 'gsef-2018-bilbao' });
    expect(report.counts.create.initiative).toBe(2);
    expect(report.documents[0]).toMatchObject({ kind: 'initiative_sheet', language: 'es', editionSlug: 'gsef-2018-bilbao' });
    const rows = await test.storage.db.selectFrom('initiative').select(['code', 'country', 'city', 'website']).orderBy('code').execute();
    expect(rows).toEqual([
      { code: '9.9.1', country: 'BR', city: 'Maricá', website: 'https://mumbuca.example.org/' },
      { code: '9.9.2', country: 'CO', city: 'Bogotá', website: 'not a url' },
    ]);
  });

  it('importing the same sheet again changes nothing', async () => {
    const sheet = csv([
      ['Código', 'Título', 'Organización', 'Ciudad', 'País', 'Ponente', 'Cargo', 'Sitio web'],
      ['9.9.1', 'Moneda social MUMBUCA', 'Banco Mumbuca', 'Maricá', 'Brasil', 'Ana Souza', 'Coordinadora', 'https://mumbuca.example.org/'],
      ['9.9.2', 'Cooperativas de cuidado', 'Red de cuidados', 'Bogotá', 'CO', 'Luis Pérez', 'Presidente', 'not a url'],
    ]);
    const before = await exportForum(test.storage);
    const report = await importDocuments(test.context, systemActor, [{ file: 'iniciativas.csv', bytes: sheet }], { slug: 'gsef-2018-bilbao' });
    expect(report.documents[0]!.alreadyImported).toBe(true);
    expect(report.changes.filter((change) => change.action !== 'unchanged')).toEqual([]);
    expect(await exportForum(test.storage)).toBe(before);
  });

  it('an XLSX sheet in English is read the same way', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Initiatives');
    sheet.addRow(['Code', 'Title', 'Organisation', 'City', 'Country', 'Speaker', 'Role', 'Website']);
    sheet.addRow(['9.8.1', 'Community land trust', 'Cornerstone CLT', 'Liverpool', 'United Kingdom', 'Jo Smith', 'Director', 'https://clt.example.org/']);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const report = await importDocuments(test.context, systemActor, [{ file: 'initiatives.xlsx', bytes }], { slug: 'gsef-2018-bilbao' });
    expect(report.documents[0]).toMatchObject({ kind: 'initiative_sheet', language: 'en' });
    const row = await test.storage.db.selectFrom('initiative').select(['country', 'title']).where('code', '=', '9.8.1').executeTakeFirstOrThrow();
    expect(row.country).toBe('GB');
  });

  it('a bad row stops the whole import with the file, the line and the field, and nothing is written', async () => {
    const before = await exportForum(test.storage);
    const good = csv([['Code', 'Title', 'Country'], ['9.7.1', 'A good one', 'FR']]);
    const bad = csv([['Code', 'Title', 'Country'], ['9.7.2', 'Fine', 'ES'], ['9.7.3', 'Broken', 'Atlantis']]);
    const attempt = importDocuments(test.context, systemActor, [{ file: 'good.csv', bytes: good }, { file: 'bad.csv', bytes: bad }], { slug: 'gsef-2018-bilbao' });
    await expect(attempt).rejects.toThrow(DocumentParseError);
    await expect(attempt).rejects.toThrow(/bad\.csv:3: country: "Atlantis"/);
    expect(await exportForum(test.storage)).toBe(before);
  });

  it('a dry run reports what it would create and writes nothing', async () => {
    const before = await exportForum(test.storage);
    const sheet = csv([['Code', 'Title', 'Organisation', 'Country'], ['9.6.1', 'Dry', 'Dry Coop', 'PT']]);
    const report = await importDocuments(test.context, systemActor, [{ file: 'dry.csv', bytes: sheet }], { slug: 'gsef-2018-bilbao', dryRun: true });
    expect(report.dryRun).toBe(true);
    expect(report.counts.create).toMatchObject({ initiative: 1, organisation: 1, document: 1 });
    expect(await exportForum(test.storage)).toBe(before);
  });

  it('nobody but the edition\'s organisers may import into it', async () => {
    const other = await makeEdition(test.context, { slug: 'other-forum' });
    await makeAccount(test.context, 'organiser-elsewhere@example.org', { editionId: other.id, role: 'organiser' });
    const user = await test.storage.db.selectFrom('user_account').select('id').where('email', '=', 'organiser-elsewhere@example.org').executeTakeFirstOrThrow();
    const actor = await loadActor(test.storage.db, test.storage.dialect, user.id);
    const sheet = csv([['Code', 'Title'], ['9.5.1', 'Intruder']]);
    await expect(importDocuments(test.context, actor, [{ file: 'x.csv', bytes: sheet }], { slug: 'gsef-2018-bilbao' })).rejects.toThrow(DomainError);
    await expect(importDocuments(test.context, actor, [{ file: 'x.csv', bytes: sheet }], { slug: 'other-forum' })).resolves.toBeTruthy();
  });

  it('markup in a document is kept as text: nothing from a document is ever served as HTML', async () => {
    const sheet = csv([['Code', 'Title', 'Organisation', 'Country'], ['9.4.1', '<script>alert(1)</script><b>Bold</b> coop', 'Coop <img src=x onerror=alert(1)>', 'FR']]);
    await importDocuments(test.context, systemActor, [{ file: 'markup.csv', bytes: sheet }], { slug: 'gsef-2018-bilbao' });
    await test.storage.db.updateTable('edition').set({ status: 'published' }).where('slug', '=', 'gsef-2018-bilbao').execute();
    const row = await test.storage.db.selectFrom('initiative').select('organisation_id').where('code', '=', '9.4.1').executeTakeFirstOrThrow();
    const response = await test.app.request(`/organisations/${row.organisation_id}`);
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).not.toContain('<script>alert(1)');
    expect(page).not.toContain('<img src=x');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    await test.storage.db.updateTable('edition').set({ status: 'draft' }).where('slug', '=', 'gsef-2018-bilbao').execute();
  });

  it('our own frab XML export comes back in as the same program', async () => {
    const source = await createTestApp();
    try {
      const edition = await makeEdition(source.context, { slug: 'xml-round-trip', timeZone: 'America/Mexico_City', startsOn: '2021-10-04', endsOn: '2021-10-05' });
      const venueId = await makeVirtualVenue(source.context, edition.id, 'https://zoom.example.org/j/1');
      for (const [hour, title] of [[15, 'Taller de cuidados'], [17, 'Plenaria de cierre']] as const) {
        await makeSession(source.context, edition, { venueId,
          title: { original: 'es', text: { es: title } }, language: 'es', startsAt: `2021-10-04T${hour}:00:00.000Z`, endsAt: `2021-10-04T${hour + 1}:30:00.000Z`, durationMinutes: 90,
        });
      }
      const xml = Buffer.from(await (await source.app.request('/editions/xml-round-trip/schedule.xml')).text());
      const report = await importDocuments(test.context, systemActor, [{ file: 'schedule.xml', bytes: xml }]);
      expect(report.documents[0]).toMatchObject({ kind: 'frab_schedule', editionSlug: 'xml-round-trip' });
      const imported = await test.storage.db.selectFrom('session').innerJoin('edition', 'edition.id', 'session.edition_id')
        .select(['session.starts_at', 'session.ends_at', 'session.title', 'edition.time_zone']).where('edition.slug', '=', 'xml-round-trip').orderBy('session.starts_at').execute();
      expect(imported.map((row) => [row.starts_at, row.ends_at])).toEqual([
        ['2021-10-04T15:00:00.000Z', '2021-10-04T16:30:00.000Z'], ['2021-10-04T17:00:00.000Z', '2021-10-04T18:30:00.000Z'],
      ]);
      expect(imported[0]!.time_zone).toBe('America/Mexico_City');
      expect(JSON.stringify(imported.map((row) => row.title))).toContain('Taller de cuidados');
      expect(xml.toString()).not.toContain('zoom.example.org');
    } finally {
      await source.close();
    }
  });

  describe.skipIf(!frabAvailable)('frab schedules', () => {
    it('pretalx\'s published example becomes an edition with its sessions, rooms and speakers', async () => {
      const bytes = await readFile(`${sharedRoot}formats/frab-schedule/examples/pretalx-democon.json`);
      const report = await importDocuments(test.context, systemActor, [{ file: 'pretalx-democon.json', bytes }], { timeZone: 'Europe/Berlin' });
      const slug = report.documents[0]!.editionSlug!;
      const edition = await test.storage.db.selectFrom('edition').selectAll().where('slug', '=', slug).executeTakeFirstOrThrow();
      const sessions = await test.storage.db.selectFrom('session').select(['starts_at', 'venue_id']).where('edition_id', '=', edition.id).execute();
      expect(sessions.length).toBeGreaterThan(0);
      expect(sessions.every((session) => session.starts_at && session.venue_id)).toBe(true);
      expect(report.counts.create.person ?? 0).toBeGreaterThan(0);
      const again = await importDocuments(test.context, systemActor, [{ file: 'pretalx-democon.json', bytes }], { timeZone: 'Europe/Berlin' });
      expect(again.changes.filter((change) => change.action !== 'unchanged')).toEqual([]);
    });
  });
});
