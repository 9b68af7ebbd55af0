import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { SessionService, sessionInputSchema, sessionPatchSchema, sessionViewSchema } from '../../domain/program/index.js';
import type { AppEnv } from '../http/app-env.js';
import type { ApiApp } from './api-app.js';
import { errorResponses, jsonBody, jsonResponse, slugParams } from './shared-schemas.js';
import { visibleEdition } from './visible-edition.js';

const tags = ['Sessions'];
const sessionParams = slugParams.extend({ sessionId: z.string().min(1).max(40) });

async function sessionsOf(c: Context<AppEnv>, slug: string): Promise<SessionService> {
  return new SessionService(c.get('app'), c.get('actor'), await visibleEdition(c, slug));
}

export function registerSessionRoutes(api: ApiApp): void {
  api.openapi(
    createRoute({
      method: 'get', path: '/editions/{slug}/sessions', tags, summary: 'Sessions in program order (drafts only for those allowed)',
      request: { params: slugParams }, responses: { 200: jsonResponse('Sessions', z.array(sessionViewSchema)), ...errorResponses },
    }),
    async (c) => c.json(await (await sessionsOf(c, c.req.valid('param').slug)).list(), 200),
  );

  api.openapi(
    createRoute({
      method: 'post', path: '/editions/{slug}/sessions', tags, summary: 'Propose (session partners) or create (organisers) a session',
      request: { params: slugParams, body: jsonBody(sessionInputSchema) }, responses: { 201: jsonResponse('Created', sessionViewSchema), ...errorResponses },
    }),
    async (c) => c.json(await (await sessionsOf(c, c.req.valid('param').slug)).create(c.req.valid('json')), 201),
  );

  api.openapi(
    createRoute({
      method: 'get', path: '/editions/{slug}/sessions/{sessionId}', tags, summary: 'One session',
      request: { params: sessionParams }, responses: { 200: jsonResponse('The session', sessionViewSchema), ...errorResponses },
    }),
    async (c) => {
      const { slug, sessionId } = c.req.valid('param');
      return c.json(await (await sessionsOf(c, slug)).get(sessionId), 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'patch', path: '/editions/{slug}/sessions/{sessionId}', tags, summary: 'Change a session (organisers; partners their own drafts)',
      request: { params: sessionParams, body: jsonBody(sessionPatchSchema) }, responses: { 200: jsonResponse('Updated', sessionViewSchema), ...errorResponses },
    }),
    async (c) => {
      const { slug, sessionId } = c.req.valid('param');
      return c.json(await (await sessionsOf(c, slug)).update(sessionId, c.req.valid('json')), 200);
    },
  );
}
