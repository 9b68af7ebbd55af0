import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archive, buildSearchArchive } from '../../../../tests/factories/search-archive.js';
import { createTestStorage, testEngine, type TestStorage } from '../../../../tests/support/test-storage.js';
import { readConfig } from '../../../config/index.js';
import { systemClock } from '../../../db/clock.js';
import { openStorage, type Storage } from '../../../db/database.js';
import type { AppContext } from '../../context.js';
import { searchPublicArchive, type SearchQuery } from '../public-search.js';
import { bitmapPlanFor } from './bitmap-plan-postgres.js';
import { prepareQuery } from './prepare-text.js';
import { tokenBitmapSettings } from './token-bitmaps-postgres.js';

const queries: SearchQuery[] = [
  { text: 'economia' }, { text: 'ECONOMÍA SOCIAL' }, { text: 'Núñez' }, { text: 'coopératives', kind: 'initiative' }, { text: 'cooperativas' },
  { text: 'recyclage' }, { text: 'coop' }, { text: 'coop', kind: 'person' }, { text: 'logement abord' }, { text: '1.1.3' }, { text: 'textile' },
  { text: 'économie sociale' }, { text: 'cooperative' }, { text: 'cooperative', kind: 'session' }, { text: 'cooperative', edition: 'gsef-2021-mexico' },
  { text: 'cooperative', country: 'ES' }, { text: 'cooperative', theme: archive.finance }, { text: 'cooperative', organisationKind: 'cooperative' },
  { text: 'cooperative', format: 'co_creation' }, { text: 'cooperative', edition: 'gsef-2018-bilbao', kind: 'organisation' },
  { text: 'cooperative', edition: 'gsef-2030-draft' }, { text: 'ciudades', language: 'es' }, { text: 'koopera' }, { text: 'OECD' }, { text: 'Ana Ruiz' },
  { text: 'monnaie' }, { text: 'monnaie', limit: 100, offset: 150 }, { text: 'monnaie', country: 'MX', offset: 20 }, { text: 'monnaie locale numéro' },
  { text: 'numéro 12' }, { text: 'complémentaire', kind: 'initiative' }, { text: 'mon' }, { text: 'invisible' }, { text: 'zzzz' }, { text: '%%' },
];

describe.skipIf(testEngine !== 'postgres')('PostgreSQL search from token bitmaps', () => {
  const saved = { ...tokenBitmapSettings };
  let storage: TestStorage;
  // A second pool on the same schema: its own kept facets and bitmaps, always answered through GIN.
  let throughGin: Storage;
  const contextOf = (on: Storage): AppContext => ({ storage: on, clock: systemClock, config: readConfig({ CONVERGENCE_ENV: 'test', DATABASE_URL: storage.url }) });

  async function bothWays(query: SearchQuery) {
    tokenBitmapSettings.maxRareDocuments = saved.maxRareDocuments;
    const fromBitmaps = await searchPublicArchive(contextOf(storage), query);
    tokenBitmapSettings.maxRareDocuments = -1;
    const fromGin = await searchPublicArchive(contextOf(throughGin), query);
    tokenBitmapSettings.maxRareDocuments = saved.maxRareDocuments;
    return { fromBitmaps, fromGin };
  }

  beforeAll(async () => {
    // Tokens in two documents get a bitmap: the small archive is searched the way a large one is for its common words.
    tokenBitmapSettings.minBitmapDocuments = 2;
    storage = await createTestStorage();
    throughGin = openStorage(storage.url);
    // 1,200 local currencies: more matches than are ranked by the engine's score, so the newest are taken.
    await buildSearchArchive(storage.db, { currencies: 1200 });
  });
  afterAll(async () => {
    Object.assign(tokenBitmapSettings, saved);
    await throughGin.close();
    await storage.close();
  });

  it('finds the same hits, order, facets and totals from bitmaps as through GIN', async () => {
    for (const query of queries) {
      const { fromBitmaps, fromGin } = await bothWays(query);
      expect(fromBitmaps, JSON.stringify(query)).toEqual(fromGin);
    }
    expect((await bothWays({ text: 'monnaie' })).fromBitmaps.total).toBe(1200);
  });

  it('keeps a bitmap for each common token of the whole documents and of their titles', async () => {
    await searchPublicArchive(contextOf(storage), { text: 'monnaie' });
    const { rows } = await sql<{ field: string; documents: number; bits: Uint8Array | null }>`
      select field, documents, bits from archive_search_token where token = 'monnaie' order by field`.execute(storage.db);
    expect(rows.map((row) => [row.field, row.documents, row.bits !== null])).toEqual([['all', 1200, true], ['title', 1200, true]]);
    const plan = await bitmapPlanFor(storage.db, prepareQuery('monnaie'));
    expect(plan?.newestIds(plan.matches, {}, 2)).toHaveLength(2);
  });

  it('stays the same as GIN after content changes refresh part of the index', async () => {
    const { db } = storage;
    await db.updateTable('initiative').set({ title: JSON.stringify({ original: 'en', text: { en: 'Platform cooperativism' } }), updated_at: '2025-01-01T00:00:00.000Z' })
      .where('id', 'in', ['ini-currency-01', 'ini-currency-02', 'ini-currency-03']).execute();
    await db.updateTable('initiative').set({ status: 'draft', updated_at: '2025-01-02T00:00:00.000Z' }).where('id', '=', 'ini-currency-04').execute();
    await db.updateTable('person').set({ name: 'María Núñez Castro', updated_at: '2025-01-03T00:00:00.000Z' }).where('id', '=', archive.maria).execute();
    await db.updateTable('edition').set({ status: 'published', updated_at: '2025-01-04T00:00:00.000Z' }).where('id', '=', archive.hidden).execute();
    for (const query of [...queries, { text: 'platform' }, { text: 'platform coop' }, { text: 'castro' }, { text: 'clandestine' }]) {
      const { fromBitmaps, fromGin } = await bothWays(query);
      expect(fromBitmaps, JSON.stringify(query)).toEqual(fromGin);
    }
    // The retitled ones keep the word in their description.
    expect((await bothWays({ text: 'monnaie' })).fromBitmaps.total).toBe(1199);
    expect((await bothWays({ text: 'platform' })).fromBitmaps.hits.map((hit) => hit.id).sort()).toEqual(['ini-currency-01', 'ini-currency-02', 'ini-currency-03']);
  });
});
