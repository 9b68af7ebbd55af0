import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { importDocuments, type ImportInput } from '../../domain/archive/import/index.js';
import { lintEdition, lintMessage, lintPlace } from '../../domain/archive/lint/index.js';
import { DomainError } from '../../domain/errors.js';
import { IdentitySuggestionService } from '../../domain/people/merge/index.js';
import { isUiLocale, translator } from '../../i18n/index.js';
import type { AppEnv } from '../http/app-env.js';
import type { ApiApp } from './api-app.js';
import { errorResponses, jsonBody, jsonResponse, slugParams } from './shared-schemas.js';

const tags = ['Archive'];
const sourceSchema = z.object({ file: z.string(), line: z.number() }).nullable();
const importReportSchema = z.object({
  dryRun: z.boolean(),
  documents: z.array(z.object({ file: z.string(), kind: z.string(), language: z.string(), editionSlug: z.string().nullable(), alreadyImported: z.boolean() })),
  counts: z.record(z.string(), z.record(z.string(), z.number())),
  changes: z.array(z.object({ action: z.string(), entity: z.string(), label: z.string(), source: sourceSchema })),
});
const uploadBody = {
  required: true,
  content: { 'multipart/form-data': { schema: z.object({ files: z.any().openapi({ type: 'array', items: { type: 'string', format: 'binary' } }), dryRun: z.enum(['true', 'false']).optional(), timeZone: z.string().optional() }) } },
};
const findingSchema = z.object({
  severity: z.enum(['error', 'warning', 'info']), code: z.string(), where: z.unknown(), params: z.record(z.string(), z.union([z.string(), z.number()])),
  message: z.string(), place: z.string(),
});
const suggestionSchema = z.object({
  id: z.string(), subject: z.enum(['person', 'organisation']), score: z.number(), reasons: z.array(z.string()), source: z.string().nullable(),
  kept: z.object({ id: z.string(), name: z.string(), detail: z.string().nullable() }), other: z.object({ id: z.string(), name: z.string(), detail: z.string().nullable() }),
});

async function upload(c: Context<AppEnv>): Promise<{ inputs: ImportInput[]; dryRun: boolean; timeZone?: string }> {
  const form = await c.req.parseBody({ all: true });
  const inputs = await Promise.all(([] as unknown[]).concat(form.files ?? []).filter((value): value is File => value instanceof File)
    .map(async (file) => ({ file: file.name, bytes: Buffer.from(await file.arrayBuffer()) })));
  if (inputs.length === 0) throw new DomainError('invalid', 'files: send at least one document', [{ path: 'files', message: 'send at least one document' }]);
  return { inputs, dryRun: form.dryRun === 'true', ...(typeof form.timeZone === 'string' && form.timeZone ? { timeZone: form.timeZone } : {}) };
}

export function registerArchiveRoutes(api: ApiApp): void {
  api.openapi(
    createRoute({
      method: 'post', path: '/editions/{slug}/imports', tags, summary: 'Import documents into an edition (organisers); dryRun=true writes nothing',
      request: { params: slugParams, body: uploadBody }, responses: { 200: jsonResponse('What the import did, or would do', importReportSchema), ...errorResponses },
    }),
    async (c) => {
      const { inputs, dryRun } = await upload(c);
      return c.json(await importDocuments(c.get('app'), c.get('actor'), inputs, { slug: c.req.valid('param').slug, dryRun }), 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'post', path: '/imports', tags, summary: 'Import documents that describe their edition, creating it if needed (administrators)',
      request: { body: uploadBody }, responses: { 200: jsonResponse('What the import did, or would do', importReportSchema), ...errorResponses },
    }),
    async (c) => {
      const { inputs, dryRun, timeZone } = await upload(c);
      return c.json(await importDocuments(c.get('app'), c.get('actor'), inputs, { dryRun, ...(timeZone ? { timeZone } : {}) }), 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'get', path: '/editions/{slug}/lint', tags, summary: 'Program check findings (organisers)',
      request: { params: slugParams, query: z.object({ lang: z.enum(['fr', 'es', 'en']).optional() }) },
      responses: { 200: jsonResponse('Findings, most severe first', z.array(findingSchema)), ...errorResponses },
    }),
    async (c) => {
      const language = c.req.valid('query').lang;
      const t = isUiLocale(language) ? translator(language) : c.get('t');
      const findings = await lintEdition(c.get('app'), c.get('actor'), c.req.valid('param').slug);
      return c.json(findings.map((finding) => ({ ...finding, message: lintMessage(t, finding), place: lintPlace(t, finding) })), 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'get', path: '/identity-suggestions', tags, summary: 'Possible duplicates waiting for a decision (organisers of the editions concerned)',
      responses: { 200: jsonResponse('Suggestions', z.array(suggestionSchema)), ...errorResponses },
    }),
    async (c) => {
      if (!c.get('actor').user) throw new DomainError('unauthenticated', 'sign in first');
      return c.json(await new IdentitySuggestionService(c.get('app'), c.get('actor')).listPending(), 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'post', path: '/identity-suggestions/{id}', tags, summary: 'Confirm (merge) or reject a possible duplicate',
      request: { params: z.object({ id: z.string().min(1).max(40) }), body: jsonBody(z.object({ decision: z.enum(['confirm', 'reject']) })) },
      responses: { 204: { description: 'Decided' }, ...errorResponses },
    }),
    async (c) => {
      if (!c.get('actor').user) throw new DomainError('unauthenticated', 'sign in first');
      await new IdentitySuggestionService(c.get('app'), c.get('actor')).decide(c.req.valid('param').id, c.req.valid('json').decision);
      return c.body(null, 204);
    },
  );
}
