import { createRoute, z } from '@hono/zod-openapi';
import { acceptInvitation, callInputSchema, CallService, invitationInputSchema, submissionInputSchema, submissionUpdateSchema, SubmissionService } from '../../domain/call/index.js';
import { DomainError } from '../../domain/errors.js';
import { confirmParticipation } from '../../domain/selection/index.js';
import type { ApiApp } from './api-app.js';
import { attachment, editionOf, limitRate } from './call-scope.js';
import { errorResponses, jsonBody, jsonResponse, slugParams } from './shared-schemas.js';

const tags = ['Call for proposals'];
const anyJson = (description: string) => jsonResponse(description, z.any());
const submissionParams = slugParams.extend({ id: z.string().min(1).max(40) });

export function registerCallRoutes(api: ApiApp): void {
  api.openapi(
    createRoute({ method: 'get', path: '/editions/{slug}/call', tags, summary: 'The call: questions in fr/es/en, deadline, themes (public once open)', request: { params: slugParams }, responses: { 200: anyJson('The call'), ...errorResponses } }),
    async (c) => c.json(await new CallService(c.get('app'), c.get('actor'), await editionOf(c)).get(), 200),
  );
  api.openapi(
    createRoute({ method: 'put', path: '/editions/{slug}/call', tags, summary: 'Write or open the call (organisers); a deadline without offset is in the edition’s zone', request: { params: slugParams, body: jsonBody(callInputSchema) }, responses: { 200: anyJson('The call'), ...errorResponses } }),
    async (c) => c.json(await new CallService(c.get('app'), c.get('actor'), await editionOf(c)).save(c.req.valid('json')), 200),
  );
  api.openapi(
    createRoute({ method: 'get', path: '/editions/{slug}/call/submissions', tags, summary: 'Every sent proposal (organisers)', request: { params: slugParams }, responses: { 200: anyJson('Proposals'), ...errorResponses } }),
    async (c) => c.json(await new SubmissionService(c.get('app'), c.get('actor'), await editionOf(c)).listAll(), 200),
  );
  api.openapi(
    createRoute({ method: 'get', path: '/editions/{slug}/submissions', tags, summary: 'My proposals (submitted or co-presented)', request: { params: slugParams }, responses: { 200: anyJson('Proposals'), ...errorResponses } }),
    async (c) => c.json(await new SubmissionService(c.get('app'), c.get('actor'), await editionOf(c)).listMine(), 200),
  );
  api.openapi(
    createRoute({ method: 'post', path: '/editions/{slug}/submissions', tags, summary: 'Start a proposal (a draft)', request: { params: slugParams, body: jsonBody(submissionInputSchema) }, responses: { 201: anyJson('The draft'), ...errorResponses } }),
    async (c) => {
      await limitRate(c, 'submission');
      return c.json(await new SubmissionService(c.get('app'), c.get('actor'), await editionOf(c)).create(c.req.valid('json')), 201);
    },
  );
  api.openapi(
    createRoute({ method: 'get', path: '/editions/{slug}/submissions/{id}', tags, summary: 'One proposal (its people and the organisers only)', request: { params: submissionParams }, responses: { 200: anyJson('The proposal'), ...errorResponses } }),
    async (c) => c.json(await new SubmissionService(c.get('app'), c.get('actor'), await editionOf(c)).get(c.req.valid('param').id), 200),
  );
  api.openapi(
    createRoute({ method: 'put', path: '/editions/{slug}/submissions/{id}', tags, summary: 'Save a proposal; 409 when it changed since `version`', request: { params: submissionParams, body: jsonBody(submissionUpdateSchema) }, responses: { 200: anyJson('The proposal'), ...errorResponses } }),
    async (c) => c.json(await new SubmissionService(c.get('app'), c.get('actor'), await editionOf(c)).update(c.req.valid('param').id, c.req.valid('json')), 200),
  );
  api.openapi(
    createRoute({ method: 'post', path: '/editions/{slug}/submissions/{id}/submit', tags, summary: 'Send a complete proposal; a confirmation mail follows', request: { params: submissionParams }, responses: { 200: anyJson('The proposal'), ...errorResponses } }),
    async (c) => c.json(await new SubmissionService(c.get('app'), c.get('actor'), await editionOf(c)).submit(c.req.valid('param').id), 200),
  );
  api.openapi(
    createRoute({ method: 'post', path: '/editions/{slug}/submissions/{id}/withdraw', tags, summary: 'Withdraw a proposal', request: { params: submissionParams }, responses: { 200: anyJson('The proposal'), ...errorResponses } }),
    async (c) => c.json(await new SubmissionService(c.get('app'), c.get('actor'), await editionOf(c)).withdraw(c.req.valid('param').id), 200),
  );
  api.openapi(
    createRoute({ method: 'post', path: '/editions/{slug}/submissions/{id}/presenters', tags, summary: 'Invite a co-presenter or speaker by mail', request: { params: submissionParams, body: jsonBody(invitationInputSchema) }, responses: { 201: anyJson('The proposal'), ...errorResponses } }),
    async (c) => {
      await limitRate(c, 'invitation');
      return c.json(await new SubmissionService(c.get('app'), c.get('actor'), await editionOf(c)).invite(c.req.valid('param').id, c.req.valid('json')), 201);
    },
  );
  api.openapi(
    createRoute({
      method: 'post', path: '/editions/{slug}/submissions/{id}/files', tags, summary: 'Attach a file to a file question (PDF, PNG, JPEG, DOCX, ODT; 10 MB)',
      request: { params: submissionParams, body: { required: true, content: { 'multipart/form-data': { schema: z.object({ questionKey: z.string(), file: z.any().openapi({ type: 'string', format: 'binary' }) }) } } } },
      responses: { 201: anyJson('The proposal'), ...errorResponses },
    }),
    async (c) => {
      const form = await c.req.parseBody();
      const file = form.file;
      if (!(file instanceof File)) throw new DomainError('invalid', 'file: attach a file', [{ path: 'file', message: 'attach a file' }]);
      const questionKey = typeof form.questionKey === 'string' ? form.questionKey : '';
      const service = new SubmissionService(c.get('app'), c.get('actor'), await editionOf(c));
      return c.json(await service.attachFile(c.req.valid('param').id, questionKey, file.name, new Uint8Array(await file.arrayBuffer())), 201);
    },
  );
  api.openapi(
    createRoute({
      method: 'get', path: '/editions/{slug}/submissions/{id}/files/{fileId}', tags, summary: 'Download an attached file (its people and the organisers only)',
      request: { params: submissionParams.extend({ fileId: z.string().min(1).max(40) }) }, responses: { 200: { description: 'The file' }, ...errorResponses },
    }),
    async (c) => {
      const { id, fileId } = c.req.valid('param');
      const file = await new SubmissionService(c.get('app'), c.get('actor'), await editionOf(c)).readFile(id, fileId);
      return attachment(c, file.bytes, file.mediaType, file.fileName);
    },
  );
  api.openapi(
    createRoute({ method: 'post', path: '/invitations/{token}/accept', tags, summary: 'Accept an invitation to co-present (signed in)', request: { params: z.object({ token: z.string().min(10).max(100) }) }, responses: { 200: anyJson('The proposal it opens'), ...errorResponses } }),
    async (c) => c.json(await acceptInvitation(c.get('app'), c.get('actor'), c.req.valid('param').token), 200),
  );
  api.openapi(
    createRoute({ method: 'post', path: '/editions/{slug}/submissions/{id}/confirm', tags, summary: 'An accepted presenter confirms they will present', request: { params: submissionParams }, responses: { 200: anyJson('Where they now appear in the program'), ...errorResponses } }),
    async (c) => c.json(await confirmParticipation(c.get('app'), c.get('actor'), await editionOf(c), c.req.valid('param').id), 200),
  );
}
