import { createRoute, z } from '@hono/zod-openapi';
import { PersonService, personViewSchema } from '../../domain/people/index.js';
import type { ApiApp } from './api-app.js';
import { errorResponses, jsonResponse } from './shared-schemas.js';

export function registerPeopleRoutes(api: ApiApp): void {
  api.openapi(
    createRoute({
      method: 'get', path: '/people/{personId}', tags: ['People'], summary: 'A person and their roles across editions (private details for their organisers)',
      request: { params: z.object({ personId: z.string().min(1).max(40) }) }, responses: { 200: jsonResponse('The person', personViewSchema), ...errorResponses },
    }),
    async (c) => c.json(await new PersonService(c.get('app'), c.get('actor')).get(c.req.valid('param').personId), 200),
  );
}
