import { createRoute, z } from '@hono/zod-openapi';
import { conflictDeclarationSchema, loadReviewSettings, ReviewBoard, reviewerProfileInputSchema, ReviewerDesk, reviewInputSchema, reviewSettingsInputSchema, saveReviewSettings } from '../../domain/review/index.js';
import { canManageEdition } from '../../domain/edition/rules.js';
import { forbidden } from '../../domain/errors.js';
import type { ApiApp } from './api-app.js';
import { editionOf } from './call-scope.js';
import { errorResponses, jsonBody, jsonResponse, slugParams } from './shared-schemas.js';

const tags = ['Review'];
const anyJson = (description: string) => jsonResponse(description, z.any());
const submissionParams = slugParams.extend({ submissionId: z.string().min(1).max(40) });
const pairsSchema = z.object({
  assignments: z.array(z.object({ submissionId: z.string().min(1), reviewerUserId: z.string().min(1) })).min(1).max(10_000),
  source: z.enum(['suggested', 'manual']).default('manual'),
});

export function registerReviewRoutes(api: ApiApp): void {
  api.openapi(
    createRoute({ method: 'get', path: '/editions/{slug}/review/settings', tags, summary: 'Criteria, phases, anonymity, conflict rules (organisers)', request: { params: slugParams }, responses: { 200: anyJson('Settings'), ...errorResponses } }),
    async (c) => {
      const edition = await editionOf(c);
      if (!canManageEdition(c.get('actor'), edition.id)) throw forbidden();
      return c.json(await loadReviewSettings(c.get('app').storage.db, c.get('app').storage.dialect, edition.id), 200);
    },
  );
  api.openapi(
    createRoute({ method: 'put', path: '/editions/{slug}/review/settings', tags, summary: 'Set criteria with weights, phases, anonymity, conflict rules (organisers)', request: { params: slugParams, body: jsonBody(reviewSettingsInputSchema) }, responses: { 200: anyJson('Settings'), ...errorResponses } }),
    async (c) => c.json(await saveReviewSettings(c.get('app'), c.get('actor'), await editionOf(c), c.req.valid('json')), 200),
  );
  api.openapi(
    createRoute({ method: 'get', path: '/editions/{slug}/review/reviewers', tags, summary: 'Reviewers with their languages, themes and load (organisers)', request: { params: slugParams }, responses: { 200: anyJson('Reviewers'), ...errorResponses } }),
    async (c) => c.json(await new ReviewBoard(c.get('app'), c.get('actor'), await editionOf(c)).listReviewers(), 200),
  );
  api.openapi(
    createRoute({ method: 'put', path: '/editions/{slug}/review/reviewers', tags, summary: 'Make an account a reviewer, with what assignment and conflicts need (organisers)', request: { params: slugParams, body: jsonBody(reviewerProfileInputSchema) }, responses: { 200: anyJson('The reviewer'), ...errorResponses } }),
    async (c) => c.json(await new ReviewBoard(c.get('app'), c.get('actor'), await editionOf(c)).saveReviewer(c.req.valid('json')), 200),
  );
  api.openapi(
    createRoute({ method: 'post', path: '/editions/{slug}/review/conflicts/detect', tags, summary: 'Find conflicts of interest and withdraw the conflicted assignments (organisers)', request: { params: slugParams }, responses: { 200: anyJson('What was found'), ...errorResponses } }),
    async (c) => c.json(await new ReviewBoard(c.get('app'), c.get('actor'), await editionOf(c)).detectConflicts(), 200),
  );
  api.openapi(
    createRoute({ method: 'get', path: '/editions/{slug}/review/conflicts', tags, summary: 'Declared and detected conflicts (organisers)', request: { params: slugParams }, responses: { 200: anyJson('Conflicts'), ...errorResponses } }),
    async (c) => c.json(await new ReviewBoard(c.get('app'), c.get('actor'), await editionOf(c)).listConflicts(), 200),
  );
  api.openapi(
    createRoute({ method: 'get', path: '/editions/{slug}/review/assignments', tags, summary: 'Who reviews what (organisers)', request: { params: slugParams }, responses: { 200: anyJson('Assignments'), ...errorResponses } }),
    async (c) => c.json(await new ReviewBoard(c.get('app'), c.get('actor'), await editionOf(c)).listAssignments(), 200),
  );
  api.openapi(
    createRoute({ method: 'post', path: '/editions/{slug}/review/assignments/suggestion', tags, summary: 'Suggest assignments by language and theme, balancing the load; stores nothing (organisers)', request: { params: slugParams }, responses: { 200: anyJson('The suggestion'), ...errorResponses } }),
    async (c) => c.json(await new ReviewBoard(c.get('app'), c.get('actor'), await editionOf(c)).suggestAssignments(), 200),
  );
  api.openapi(
    createRoute({ method: 'post', path: '/editions/{slug}/review/assignments', tags, summary: 'Store assignments; a conflicted pair is refused with 409 (organisers)', request: { params: slugParams, body: jsonBody(pairsSchema) }, responses: { 200: anyJson('How many were created'), ...errorResponses } }),
    async (c) => {
      const input = c.req.valid('json');
      return c.json({ created: await new ReviewBoard(c.get('app'), c.get('actor'), await editionOf(c)).assign(input.assignments, input.source) }, 200);
    },
  );
  api.openapi(
    createRoute({ method: 'delete', path: '/editions/{slug}/review/assignments/{submissionId}/{reviewerUserId}', tags, summary: 'Withdraw an assignment (organisers)', request: { params: submissionParams.extend({ reviewerUserId: z.string().min(1) }) }, responses: { 204: { description: 'Withdrawn' }, ...errorResponses } }),
    async (c) => {
      const { submissionId, reviewerUserId } = c.req.valid('param');
      await new ReviewBoard(c.get('app'), c.get('actor'), await editionOf(c)).unassign(submissionId, reviewerUserId);
      return c.body(null, 204);
    },
  );
  api.openapi(
    createRoute({ method: 'get', path: '/editions/{slug}/review/ranking', tags, summary: 'Proposals by mean weighted score (organisers)', request: { params: slugParams }, responses: { 200: anyJson('Ranking'), ...errorResponses } }),
    async (c) => c.json(await new ReviewBoard(c.get('app'), c.get('actor'), await editionOf(c)).ranking(), 200),
  );
  api.openapi(
    createRoute({ method: 'get', path: '/editions/{slug}/reviews', tags, summary: 'My review desk: the proposals assigned to me (reviewers)', request: { params: slugParams }, responses: { 200: anyJson('Proposals to review'), ...errorResponses } }),
    async (c) => c.json(await new ReviewerDesk(c.get('app'), c.get('actor'), await editionOf(c)).list(), 200),
  );
  api.openapi(
    createRoute({ method: 'get', path: '/editions/{slug}/reviews/{submissionId}', tags, summary: 'A proposal to review, anonymised when the edition says so (reviewers)', request: { params: submissionParams }, responses: { 200: anyJson('The proposal and my review'), ...errorResponses } }),
    async (c) => c.json(await new ReviewerDesk(c.get('app'), c.get('actor'), await editionOf(c)).get(c.req.valid('param').submissionId), 200),
  );
  api.openapi(
    createRoute({ method: 'put', path: '/editions/{slug}/reviews/{submissionId}', tags, summary: 'Save or submit my review (reviewers, while a phase is open)', request: { params: submissionParams, body: jsonBody(reviewInputSchema) }, responses: { 200: anyJson('The proposal and my review'), ...errorResponses } }),
    async (c) => c.json(await new ReviewerDesk(c.get('app'), c.get('actor'), await editionOf(c)).save(c.req.valid('param').submissionId, c.req.valid('json')), 200),
  );
  api.openapi(
    createRoute({ method: 'post', path: '/editions/{slug}/reviews/{submissionId}/conflict', tags, summary: 'Declare a conflict of interest: the proposal leaves my desk (reviewers)', request: { params: submissionParams, body: jsonBody(conflictDeclarationSchema) }, responses: { 204: { description: 'Declared' }, ...errorResponses } }),
    async (c) => {
      await new ReviewerDesk(c.get('app'), c.get('actor'), await editionOf(c)).declareConflict(c.req.valid('param').submissionId, c.req.valid('json'));
      return c.body(null, 204);
    },
  );
}
