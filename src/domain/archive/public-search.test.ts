import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archive, buildSearchArchive } from '../../../tests/factories/search-archive.js';
import { createTestStorage, testEngine, type TestStorage } from '../../../tests/support/test-storage.js';
import { systemClock } from '../../db/clock.js';
import { readConfig } from '../../config/index.js';
import type { AppContext } from '../context.js';
import { refreshSearchIndex, searchPublicArchive, type SearchQuery } from './index.js';

describe(`full-text search of the public archive, on ${testEngine}`, () => {
  let storage: TestStorage;
  let context: AppContext;
  const search = (text: string, options: Omit<SearchQuery, 'text'> = {}) => searchPublicArchive(context, { text, ...options });
  const ids = async (text: string, options: Omit<SearchQuery, 'text'> = {}) => (await search(text, options)).hits.map((hit) => hit.id);

  beforeAll(async () => {
    storage = await createTestStorage();
    context = { storage, clock: systemClock, config: readConfig({ CONVERGENCE_ENV: 'test', DATABASE_URL: storage.url }) };
    await buildSearchArchive(storage.db);
  });
  afterAll(() => storage.close());

  it('ignores accents and case, in the query and in the text', async () => {
    expect(await ids('economia')).toContain(archive.socialEconomy);
    expect(await ids('ECONOMÍA SOCIAL')).toContain(archive.socialEconomy);
    expect(await ids('nunez')).toEqual([archive.maria]);
    expect(await ids('Núñez')).toEqual([archive.maria]);
  });

  it('stems French, Spanish and English: "coopératives" finds "coopérative", "cooperatives" too', async () => {
    expect(await ids('coopératives', { kind: 'initiative' })).toEqual(expect.arrayContaining([archive.housingCoop, archive.textile]));
    expect(await ids('cooperatives', { kind: 'initiative' })).toEqual(expect.arrayContaining([archive.housingCoop, archive.textile]));
    expect(await ids('cooperativas')).toEqual(expect.arrayContaining([archive.workerCoops, archive.housing]));
    expect(await ids('recyclage')).toEqual([archive.textile]);
  });

  it('takes the last word as a prefix: "coop" finds coopératives, cooperativas and cooperatives', async () => {
    const found = await ids('coop');
    expect(found).toEqual(expect.arrayContaining([archive.workerCoops, archive.housing, archive.textile, archive.housingCoop, archive.koopera, archive.reseau]));
    expect(await ids('logement abord')).toEqual([archive.housingCoop]);
  });

  it('ranks the exact code first, then title matches above description matches, ties by kind then id', async () => {
    const byCode = await search('1.1.3');
    expect(byCode.hits[0]).toMatchObject({ id: archive.socialEconomy, code: '1.1.3' });
    expect(byCode.hits.map((hit) => hit.id)).toEqual([archive.socialEconomy, archive.textile, archive.circular]);
    // "textile" is in the title of Koopera's initiative and only in the description of the repair cafés.
    expect(await ids('textile')).toEqual([archive.textile, archive.circular]);
    expect(await ids('économie sociale')).toEqual([archive.socialEconomy, archive.workerCoops, archive.circular, archive.maria]);
  });

  it('counts facets over every match before the filters, and filters by each facet', async () => {
    const all = await search('cooperative');
    // The OECD is found too: French "coopération" and "coopérative" share the stem "cooper".
    expect(all.facets.kind).toEqual({ initiative: 2, organisation: 3, session: 2 });
    expect(all.facets.edition).toEqual({ 'gsef-2018-bilbao': 4, 'gsef-2021-mexico': 3 });
    expect(all.facets.country).toEqual({ CA: 1, ES: 2, FR: 1, MX: 1 });
    expect(all.facets.theme).toEqual({ [archive.ecology]: 2, [archive.finance]: 2 });
    expect(all.facets.organisationKind).toEqual({ cooperative: 2, international_organisation: 1, network: 1 });
    expect(all.facets.format).toEqual({ co_creation: 1, workshop: 1 });
    expect(all.labels.theme[archive.finance]?.text.en).toBe('Solidarity finance');
    expect(all.total).toBe(7);
    for (const [filter, expected] of [
      [{ kind: 'session' }, [archive.workerCoops, archive.housing]],
      [{ edition: 'gsef-2021-mexico' }, [archive.housing, archive.housingCoop, archive.reseau]],
      [{ country: 'ES' }, [archive.textile, archive.koopera]],
      [{ theme: archive.finance }, [archive.workerCoops, archive.textile]],
      [{ organisationKind: 'cooperative' }, [archive.textile, archive.koopera]],
      [{ format: 'co_creation' }, [archive.housing]],
      [{ edition: 'gsef-2018-bilbao', kind: 'organisation' }, [archive.koopera, archive.oecd]],
      [{ edition: 'gsef-2030-draft' }, []],
    ] as const) {
      const filtered = await search('cooperative', filter as Omit<SearchQuery, 'text'>);
      expect([...filtered.hits.map((hit) => hit.id)].sort(), JSON.stringify(filter)).toEqual([...expected].sort());
      expect(filtered.total).toBe(expected.length);
      expect(filtered.facets).toEqual(all.facets);
    }
  });

  it('pages through the ranked results with limit and offset', async () => {
    const everything = await search('monnaie', { limit: 100 });
    expect(everything.total).toBe(25);
    expect(everything.hits).toHaveLength(25);
    const pages = [];
    for (let offset = 0; offset < 25; offset += 10) pages.push(...(await search('monnaie', { limit: 10, offset })).hits.map((hit) => hit.id));
    expect(pages).toEqual(everything.hits.map((hit) => hit.id));
    expect((await search('monnaie', { limit: 10, offset: 20 })).hits).toHaveLength(5);
    expect((await search('monnaie', { limit: 10, offset: 40 })).hits).toEqual([]);
    // Equal scores: the order is by id, whatever the engine.
    expect(everything.hits.map((hit) => hit.id)).toEqual([...everything.hits.map((hit) => hit.id)].sort());
  });

  it('returns snippets as structured fragments taken from the original text, the matched words highlighted', async () => {
    const [hit] = (await search('coopératives travail', { kind: 'session', language: 'fr' })).hits;
    expect(hit!.titleFragments).toEqual([
      { text: 'Les ', highlighted: false }, { text: 'coopératives', highlighted: true }, { text: ' de ', highlighted: false }, { text: 'travail', highlighted: true },
    ]);
    const [textile] = (await search('inserción', { language: 'es' })).hits;
    expect(textile!.snippet).toEqual([
      { text: 'Una cooperativa de ', highlighted: false }, { text: 'inserción', highlighted: true }, { text: ' que recoge ropa usada en Euskadi.', highlighted: false },
    ]);
    const [spanishTitle] = (await search('ciudades', { language: 'es' })).hits;
    expect(spanishTitle!.titleFragments.map((fragment) => fragment.text).join('')).toBe('Economía social y ciudades');
    const [english] = (await search('ciudades', { language: 'en' })).hits;
    expect(english!.titleFragments).toEqual([{ text: 'Social economy and cities', highlighted: false }]);
  });

  it('never finds what is not public: draft edition, draft session or initiative, hidden to-be-confirmed people, emails', async () => {
    expect(await ids('invisible')).toEqual([]);
    expect(await ids('clandestine')).toEqual([]);
    expect(await ids('confidentiel')).toEqual([]);
    expect(await ids('secrète')).toEqual([]);
    expect(await ids('Tremblay')).toEqual([]);
    expect(await ids('Brouillon')).toEqual([]);
    expect(await ids('privatemail')).toEqual([]);
    expect(await ids('maria.nunez@privatemail.example')).toEqual([]);
    // Shown where the edition shows roles still to be confirmed, and as presenter of a published initiative.
    expect(await ids('Ana Ruiz')).toEqual([archive.ana]);
    expect(await ids('Pedro')).toEqual([archive.pedro]);
    // Organisations through a published initiative, a session they organise, an edition they are partner of.
    expect(await ids('koopera', { kind: 'organisation' })).toEqual([archive.koopera]);
    expect(await ids('habitation')).toEqual([archive.reseau]);
    expect(await ids('OECD')).toEqual([archive.oecd]);
  });

  it('never fails on hostile queries', async () => {
    for (const text of ['"', '""', '*', 'coop*', 'OR', 'a OR b', '-economia', "l'économie", '%', '%%', '_', 'NEAR(a b)', 'title:coop', '(((', ')', '\\', '\'; drop table person; --', 'x'.repeat(5000), 'économie '.repeat(300), '🙂', '& | ! :*']) {
      const result = await search(text);
      expect(result.total, text).toBeGreaterThanOrEqual(0);
    }
    expect((await search('%%')).total).toBe(0);
  });

  it('keeps the index current as the content changes, and rebuilds one edition on demand', async () => {
    const { db } = storage;
    await db.updateTable('session').set({ title: JSON.stringify({ original: 'en', text: { en: 'Platform cooperativism in Mexico' } }), updated_at: '2025-01-01T00:00:00.000Z' })
      .where('id', '=', archive.housing).execute();
    expect(await ids('platform')).toEqual([archive.housing]);
    await db.updateTable('edition').set({ status: 'published', updated_at: '2025-01-02T00:00:00.000Z' }).where('id', '=', archive.hidden).execute();
    expect(await ids('invisible')).toEqual([archive.invisible]);
    expect(await ids('clandestine')).toEqual(expect.arrayContaining([archive.hiddenEdition, archive.secret]));
    await db.updateTable('edition').set({ status: 'draft', updated_at: '2025-01-03T00:00:00.000Z' }).where('id', '=', archive.hidden).execute();
    expect(await ids('clandestine')).toEqual([]);
    await db.updateTable('person').set({ name: 'María Núñez Castro', updated_at: '2025-01-04T00:00:00.000Z' }).where('id', '=', archive.maria).execute();
    expect(await ids('castro')).toEqual([archive.maria]);
    const rebuilt = await refreshSearchIndex(storage, { editionId: archive.mexico });
    expect(rebuilt.documents).toBeGreaterThan(25);
    expect(await ids('platform')).toEqual([archive.housing]);
    const progress: number[] = [];
    await refreshSearchIndex(storage, { onProgress: (done) => progress.push(done) });
    expect(progress.at(-1)).toBeGreaterThan(30);
    expect(await ids('platform')).toEqual([archive.housing]);
  });
});
