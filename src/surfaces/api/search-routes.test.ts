import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archive, buildSearchArchive } from '../../../tests/factories/search-archive.js';
import { createTestApp, type TestApp } from '../../../tests/support/test-app.js';
import { TestClient } from '../../../tests/support/test-client.js';
import { testEngine } from '../../../tests/support/test-storage.js';
import { searchPublicArchive } from '../../domain/archive/index.js';

describe(`GET /api/v1/search, on ${testEngine}`, () => {
  let harness: TestApp;
  const get = (path: string) => new TestClient(harness.app).get(`/api/v1${path}`);

  beforeAll(async () => {
    harness = await createTestApp();
    await buildSearchArchive(harness.storage.db);
  });
  afterAll(() => harness.close());

  it('answers exactly what the domain function answers, filters and pages included', async () => {
    const response = await get('/search?q=coop&edition=gsef-2021-mexico&limit=2&offset=1&lang=fr');
    expect(response.status).toBe(200);
    const body = await response.json();
    const expected = await searchPublicArchive(harness.context, { text: 'coop', edition: 'gsef-2021-mexico', limit: 2, offset: 1, language: 'fr' });
    expect(body).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(body.hits).toHaveLength(2);
    expect(body.facets.kind).toBeDefined();
  });

  it('finds by every facet filter the domain knows, and returns snippets as fragments, never HTML', async () => {
    const body = await (await get(`/search?q=cooperative&kind=initiative&country=ES&theme=${archive.finance}&organisationKind=cooperative`)).json();
    expect(body.hits.map((hit: { id: string }) => hit.id)).toEqual([archive.textile]);
    for (const fragment of [...body.hits[0].titleFragments, ...body.hits[0].snippet]) expect(Object.keys(fragment).sort()).toEqual(['highlighted', 'text']);
  });

  it('refuses bad parameters with 400 naming the field, and survives hostile text', async () => {
    expect((await get('/search?q=a')).status).toBe(400);
    expect((await get('/search?q=coop&kind=email')).status).toBe(400);
    expect((await get('/search?q=coop&limit=1000')).status).toBe(400);
    for (const q of ['"*"', 'a OR b', "l'eau -x", '%%', '(((', 'x:*']) expect((await get(`/search?q=${encodeURIComponent(q)}`)).status, q).toBe(200);
  });

  it('is described in the OpenAPI document', async () => {
    const document = await (await get('/openapi.json')).json();
    expect(document.paths['/search'].get.parameters.map((parameter: { name: string }) => parameter.name)).toEqual(
      expect.arrayContaining(['q', 'kind', 'edition', 'country', 'theme', 'organisationKind', 'format', 'limit', 'offset']),
    );
  });
});
