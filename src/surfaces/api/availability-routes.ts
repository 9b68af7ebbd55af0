import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { availabilityInputSchema, AvailabilityService } from '../../domain/people/availability/index.js';
import type { AppEnv } from '../http/app-env.js';
import type { ApiApp } from './api-app.js';
import { errorResponses, jsonBody, jsonResponse, slugParams } from './shared-schemas.js';

const tags = ['Availability'];
const personParams = slugParams.extend({ personId: z.string().min(1).max(40) });
const path = '/editions/{slug}/people/{personId}/availability';

function availabilityOf(c: Context<AppEnv>): Promise<AvailabilityService> {
  return AvailabilityService.open(c.get('app'), c.get('actor'), c.req.param('slug')!, c.req.param('personId')!);
}

/** A person's availability windows: private, for the person themself and the forum's organisers only. */
export function registerAvailabilityRoutes(api: ApiApp): void {
  api.openapi(
    createRoute({
      method: 'get', path, tags, summary: 'A person’s zone and availability windows for the forum (the person themself, or organisers)',
      request: { params: personParams }, responses: { 200: jsonResponse('The availability; windows as UTC instants and as typed in the person’s zone', z.any()), ...errorResponses },
    }),
    async (c) => c.json(await (await availabilityOf(c)).view(), 200),
  );
  api.openapi(
    createRoute({
      method: 'put', path, tags,
      summary: 'Replace the person’s zone and every window at once; windows are local date-times in that zone ("2018-10-01T09:00"). A refused set changes nothing.',
      request: { params: personParams, body: jsonBody(availabilityInputSchema) }, responses: { 200: jsonResponse('The availability as stored', z.any()), ...errorResponses },
    }),
    async (c) => c.json(await (await availabilityOf(c)).replace(c.req.valid('json')), 200),
  );
}
