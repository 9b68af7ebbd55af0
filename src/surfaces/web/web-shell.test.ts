import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEdition } from '../../../tests/factories/forum.js';
import { createTestApp, type TestApp } from '../../../tests/support/test-app.js';
import { TestClient } from '../../../tests/support/test-client.js';
import { testEngine } from '../../../tests/support/test-storage.js';

describe(`the web shell, on ${testEngine}`, () => {
  let harness: TestApp;
  beforeAll(async () => {
    harness = await createTestApp();
    await makeEdition(harness.context, {
      slug: 'gsef-2018-bilbao', name: { original: 'es', text: { es: 'Foro Global de Economía Social', fr: 'Forum mondial de l’économie sociale' } },
    });
    await makeEdition(harness.context, { slug: 'hidden-draft', status: 'draft' });
  });
  afterAll(() => harness.close());

  const page = (language: string, path = '/') => new TestClient(harness.app).get(path, { headers: { 'accept-language': language } }).then((response) => response.text());

  it('speaks the reader’s language from Accept-Language: fr, es and en', async () => {
    expect(await page('fr-FR,fr;q=0.9')).toContain('<html lang="fr">');
    expect(await page('fr')).toContain('Forums de l&#39;économie sociale et solidaire');
    expect(await page('es-MX')).toContain('Foros de la economía social y solidaria');
    expect(await page('en-GB')).toContain('Forums of the social and solidarity economy');
  });

  it('lists published editions only, in the reader’s language, with a visible fallback to the original', async () => {
    const french = await page('fr');
    expect(french).toContain('Forum mondial de l’économie sociale');
    expect(french).not.toContain('hidden-draft');
    const english = await page('en');
    expect(english).toContain('Foro Global de Economía Social');
    expect(english).toContain('Original text in Spanish');
  });

  it('the language switcher keeps the page and remembers the choice', async () => {
    const client = new TestClient(harness.app);
    const switched = await client.get('/language/es?next=%2Feditions%2Fgsef-2018-bilbao');
    expect(switched.status).toBe(303);
    expect(switched.headers.get('location')).toBe('/editions/gsef-2018-bilbao');
    const after = await (await client.get('/editions/gsef-2018-bilbao', { headers: { 'accept-language': 'fr' } })).text();
    expect(after).toContain('<html lang="es">');
  });

  it('the switcher never sends the reader to another site', async () => {
    for (const next of ['//evil.example', 'https://evil.example', '/\\evil.example']) {
      const response = await new TestClient(harness.app).get(`/language/fr?next=${encodeURIComponent(next)}`);
      expect(response.headers.get('location')).toBe('/');
    }
  });

  it('pages carry landmarks, a skip link and hreflang alternates', async () => {
    const html = await page('en');
    for (const marker of ['<header', '<nav', '<main id="content"', '<footer', 'class="skip"', 'hreflang="fr"', 'hreflang="es"', 'hreflang="en"']) {
      expect(html).toContain(marker);
    }
  });

  it('the sign-in form carries the CSRF token of its visitor', async () => {
    const client = new TestClient(harness.app);
    const html = await (await client.get('/sign-in')).text();
    expect(html).toContain(`name="_csrf" value="${client.csrfToken}"`);
  });

  it('the OpenAPI document describes the routes and their error format', async () => {
    const document = (await (await new TestClient(harness.app).get('/api/v1/openapi.json')).json()) as { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/editions', '/editions/{slug}/sessions', '/auth/sign-in']));
    expect(document.paths['/editions/{slug}/sessions']!.post!.responses).toHaveProperty('400');
  });
});
