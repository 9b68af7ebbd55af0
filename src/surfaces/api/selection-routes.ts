import { createRoute, z } from '@hono/zod-openapi';
import {
  CallExports, callExportKinds, decisionInputSchema, DecisionMailing, groupsInputSchema, SelectionDesk, selectionTargetsInputSchema, suggestionInputSchema, WorkshopGrouping,
} from '../../domain/selection/index.js';
import type { ApiApp } from './api-app.js';
import { attachment, editionOf } from './call-scope.js';
import { errorResponses, jsonBody, jsonResponse, slugParams } from './shared-schemas.js';

const tags = ['Selection'];
const anyJson = (description: string) => jsonResponse(description, z.any());
const placesQuery = z.object({ places: z.coerce.number().int().min(1).max(10_000).default(102) });
const languageQuery = z.object({ language: z.enum(['fr', 'es', 'en']).default('en') });

export function registerSelectionRoutes(api: ApiApp): void {
  api.openapi(
    createRoute({ method: 'get', path: '/editions/{slug}/selection', tags, summary: 'Ranking, live balance and targets of the selection (organisers)', request: { params: slugParams, query: placesQuery }, responses: { 200: anyJson('The dashboard'), ...errorResponses } }),
    async (c) => c.json(await new SelectionDesk(c.get('app'), c.get('actor'), await editionOf(c)).dashboard(c.req.valid('query').places), 200),
  );
  api.openapi(
    createRoute({ method: 'get', path: '/editions/{slug}/selection/targets', tags, summary: 'Quotas and ranges (organisers)', request: { params: slugParams }, responses: { 200: anyJson('Targets'), ...errorResponses } }),
    async (c) => c.json(await new SelectionDesk(c.get('app'), c.get('actor'), await editionOf(c)).targets(), 200),
  );
  api.openapi(
    createRoute({ method: 'put', path: '/editions/{slug}/selection/targets', tags, summary: 'Set quotas and ranges, e.g. at least 25 % from Africa, at most 5 per country (organisers)', request: { params: slugParams, body: jsonBody(selectionTargetsInputSchema) }, responses: { 200: anyJson('Targets'), ...errorResponses } }),
    async (c) => c.json(await new SelectionDesk(c.get('app'), c.get('actor'), await editionOf(c)).saveTargets(c.req.valid('json')), 200),
  );
  api.openapi(
    createRoute({ method: 'put', path: '/editions/{slug}/selection/decisions/{submissionId}', tags, summary: 'Draft a decision (organisers)', request: { params: slugParams.extend({ submissionId: z.string().min(1) }), body: jsonBody(decisionInputSchema) }, responses: { 204: { description: 'Drafted' }, ...errorResponses } }),
    async (c) => {
      await new SelectionDesk(c.get('app'), c.get('actor'), await editionOf(c)).decide(c.req.valid('param').submissionId, c.req.valid('json'));
      return c.body(null, 204);
    },
  );
  api.openapi(
    createRoute({ method: 'post', path: '/editions/{slug}/selection/suggestion', tags, summary: 'Suggest the highest-scored selection that meets the targets; names the targets that cannot be met (organisers)', request: { params: slugParams, body: jsonBody(suggestionInputSchema) }, responses: { 200: anyJson('The suggestion'), ...errorResponses } }),
    async (c) => c.json(await new SelectionDesk(c.get('app'), c.get('actor'), await editionOf(c)).suggest(c.req.valid('json')), 200),
  );
  api.openapi(
    createRoute({ method: 'post', path: '/editions/{slug}/selection/apply', tags, summary: 'Draft acceptances for these proposals and rejections for the rest (organisers)', request: { params: slugParams, body: jsonBody(z.object({ selectedIds: z.array(z.string().min(1)).max(10_000) })) }, responses: { 204: { description: 'Drafted' }, ...errorResponses } }),
    async (c) => {
      await new SelectionDesk(c.get('app'), c.get('actor'), await editionOf(c)).applySelection(c.req.valid('json').selectedIds);
      return c.body(null, 204);
    },
  );
  api.openapi(
    createRoute({ method: 'post', path: '/editions/{slug}/selection/groups/suggestion', tags, summary: 'Suggest workshops grouping the accepted initiatives by theme and text (organisers)', request: { params: slugParams, body: jsonBody(z.object({ minSize: z.number().int().min(1).max(12).default(2), maxSize: z.number().int().min(1).max(12).default(4) })) }, responses: { 200: anyJson('Suggested workshops'), ...errorResponses } }),
    async (c) => c.json(await new WorkshopGrouping(c.get('app'), c.get('actor'), await editionOf(c)).suggest(c.req.valid('json')), 200),
  );
  api.openapi(
    createRoute({ method: 'get', path: '/editions/{slug}/selection/groups', tags, summary: 'Workshops made from the selection (organisers)', request: { params: slugParams }, responses: { 200: anyJson('Workshops'), ...errorResponses } }),
    async (c) => c.json(await new WorkshopGrouping(c.get('app'), c.get('actor'), await editionOf(c)).list(), 200),
  );
  api.openapi(
    createRoute({ method: 'post', path: '/editions/{slug}/selection/groups', tags, summary: 'Create workshops (draft sessions) from groups, each with its moderator (organisers)', request: { params: slugParams, body: jsonBody(groupsInputSchema) }, responses: { 201: anyJson('Workshops'), ...errorResponses } }),
    async (c) => c.json(await new WorkshopGrouping(c.get('app'), c.get('actor'), await editionOf(c)).apply(c.req.valid('json')), 201),
  );
  api.openapi(
    createRoute({ method: 'get', path: '/editions/{slug}/selection/mails', tags, summary: 'Preview every decision mail, each in its reader’s language (organisers)', request: { params: slugParams }, responses: { 200: anyJson('Mails'), ...errorResponses } }),
    async (c) => c.json(await new DecisionMailing(c.get('app'), c.get('actor'), await editionOf(c)).preview(), 200),
  );
  api.openapi(
    createRoute({ method: 'post', path: '/editions/{slug}/selection/mails', tags, summary: 'Send every drafted decision (organisers)', request: { params: slugParams }, responses: { 200: anyJson('How many were sent'), ...errorResponses } }),
    async (c) => c.json(await new DecisionMailing(c.get('app'), c.get('actor'), await editionOf(c)).send(), 200),
  );
  api.openapi(
    createRoute({ method: 'get', path: '/editions/{slug}/selection/exports/{kind}', tags, summary: 'submissions.csv, reviews.csv, decisions.csv, or call.xlsx with all three (organisers)', request: { params: slugParams.extend({ kind: z.enum([...callExportKinds.map((kind) => `${kind}.csv` as const), 'call.xlsx']) }), query: languageQuery }, responses: { 200: { description: 'The file' }, ...errorResponses } }),
    async (c) => {
      const edition = await editionOf(c);
      const exports = new CallExports(c.get('app'), c.get('actor'), edition);
      const { kind } = c.req.valid('param');
      const { language } = c.req.valid('query');
      if (kind === 'call.xlsx') return attachment(c, await exports.xlsx(language), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', `${edition.slug}-call.xlsx`);
      const sheet = kind.replace('.csv', '') as (typeof callExportKinds)[number];
      return attachment(c, await exports.csv(sheet, language), 'text/csv; charset=utf-8', `${edition.slug}-${sheet}.csv`);
    },
  );
}
