import { createRoute, z } from '@hono/zod-openapi';
import { RateLimitedError } from '../../domain/errors.js';
import { agendaShareSchema, shareAgenda } from '../../domain/schedule/interest/agenda-shares.js';
import { checkRateLimit } from '../http/rate-limits.js';
import type { ApiApp } from './api-app.js';
import { errorResponses, jsonBody, jsonResponse } from './shared-schemas.js';

/** Readers' anonymous agendas: written by the agenda script, read only by the solver for organisers. */
export function registerAgendaShareRoutes(api: ApiApp): void {
  api.openapi(
    createRoute({
      method: 'post', path: '/editions/{slug}/agenda-shares', tags: ['Program'],
      summary: 'Share (or replace, or withdraw with an empty list) this browser\'s starred sessions, anonymously, to help the organisers avoid clashes',
      request: { params: z.object({ slug: z.string() }), body: jsonBody(agendaShareSchema) },
      responses: { 200: jsonResponse('What is shared now', z.object({ shared: z.number().int() })), ...errorResponses },
    }),
    async (c) => {
      const verdict = await checkRateLimit(c, 'agenda-share');
      if (!verdict.allowed) throw new RateLimitedError(verdict.retryAfterSeconds);
      return c.json(await shareAgenda(c.get('app'), c.req.valid('param').slug, c.req.valid('json')), 200);
    },
  );
}
