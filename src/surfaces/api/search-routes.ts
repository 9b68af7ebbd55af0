import { createRoute, z } from '@hono/zod-openapi';
import { defaultSearchLimit, maxSearchLimit, searchHitKinds, searchPublicArchive, type SearchHitKind } from '../../domain/archive/index.js';
import { RateLimitedError } from '../../domain/errors.js';
import { localizedTextSchema } from '../../domain/text/localized-text.js';
import { checkRateLimit } from '../http/rate-limits.js';
import type { ApiApp } from './api-app.js';
import { errorResponses, jsonResponse } from './shared-schemas.js';

const facetValue = z.string().min(1).max(80).optional();

export const searchParametersSchema = z.object({
  q: z.string().trim().min(2).max(200).openapi({ description: 'Words to find; accents and case do not matter, the last word may be a beginning' }),
  kind: z.enum(searchHitKinds as [SearchHitKind, ...SearchHitKind[]]).optional(),
  edition: facetValue.openapi({ description: 'Edition slug' }),
  country: facetValue.openapi({ description: 'ISO 3166-1 alpha-2' }),
  theme: facetValue.openapi({ description: 'Theme id' }),
  organisationKind: facetValue,
  format: facetValue.openapi({ description: 'Session format' }),
  lang: z.string().min(2).max(10).optional().openapi({ description: 'Language to show titles and snippets in, when available' }),
  limit: z.coerce.number().int().min(1).max(maxSearchLimit).default(defaultSearchLimit),
  offset: z.coerce.number().int().min(0).max(1000).default(0),
});

const fragmentSchema = z.object({ text: z.string(), highlighted: z.boolean() });
const countsSchema = z.record(z.string(), z.number().int());

export const searchResultSchema = z.object({
  hits: z.array(z.object({
    kind: z.enum(searchHitKinds as [SearchHitKind, ...SearchHitKind[]]), id: z.string(),
    editionSlug: z.string().nullable(), editionName: localizedTextSchema.nullable(), editionSlugs: z.array(z.string()),
    title: z.union([localizedTextSchema, z.string()]), code: z.string().nullable(), format: z.string().nullable(), country: z.string().nullable(),
    organisationKind: z.string().nullable(), themeIds: z.array(z.string()), score: z.number(),
    titleFragments: z.array(fragmentSchema), snippet: z.array(fragmentSchema), snippetLanguage: z.string().nullable(),
  })),
  facets: z.object({ kind: countsSchema, edition: countsSchema, country: countsSchema, theme: countsSchema, organisationKind: countsSchema, format: countsSchema }),
  total: z.number().int(), capped: z.boolean().openapi({ description: 'More matches than were counted: total and facets are lower bounds' }), offset: z.number().int(), limit: z.number().int(),
  labels: z.object({ edition: z.record(z.string(), localizedTextSchema), theme: z.record(z.string(), localizedTextSchema) }),
}).openapi('SearchResult');

export function registerSearchRoutes(api: ApiApp): void {
  api.openapi(
    createRoute({
      method: 'get', path: '/search', tags: ['Search'],
      summary: 'Full-text search of what is public in every edition: sessions, initiatives, people, organisations, with facets counted before the filters',
      request: { query: searchParametersSchema }, responses: { 200: jsonResponse('Ranked matches, facets and highlighted snippets', searchResultSchema), ...errorResponses },
    }),
    async (c) => {
      const verdict = await checkRateLimit(c, 'search');
      if (!verdict.allowed) throw new RateLimitedError(verdict.retryAfterSeconds);
      const { q, lang, ...filters } = c.req.valid('query');
      return c.json(await searchPublicArchive(c.get('app'), { text: q, ...filters, language: lang }), 200);
    },
  );
}
