import { createRoute, z } from '@hono/zod-openapi';
import { grantEditionRole, listMemberships, membershipInputSchema } from '../../domain/accounts/index.js';
import { listAuditEntries } from '../../domain/audit/index.js';
import { EditionService, editionInputSchema, editionPatchSchema, editionViewSchema } from '../../domain/edition/index.js';
import { VenueService, venueViewSchema } from '../../domain/program/index.js';
import { timeSlotViewSchema } from '../../domain/program/venue-service.js';
import type { ApiApp } from './api-app.js';
import { errorResponses, jsonBody, jsonResponse, slugParams } from './shared-schemas.js';
import { visibleEdition } from './visible-edition.js';

const tags = ['Editions'];
const membershipViewSchema = z.object({ userId: z.string(), email: z.string(), displayName: z.string(), role: z.string() });
const auditEntrySchema = z.object({
  id: z.string(), actorUserId: z.string().nullable(), action: z.string(), entityType: z.string(), entityId: z.string(),
  before: z.unknown(), after: z.unknown(), at: z.string(),
});

export function registerEditionRoutes(api: ApiApp): void {
  api.openapi(
    createRoute({ method: 'get', path: '/editions', tags, summary: 'Published editions, and drafts you belong to', responses: { 200: jsonResponse('Editions', z.array(editionViewSchema)) } }),
    async (c) => c.json(await new EditionService(c.get('app'), c.get('actor')).list(), 200),
  );

  api.openapi(
    createRoute({
      method: 'post', path: '/editions', tags, summary: 'Create an edition (administrators)',
      request: { body: jsonBody(editionInputSchema) }, responses: { 201: jsonResponse('Created', editionViewSchema), ...errorResponses },
    }),
    async (c) => c.json(await new EditionService(c.get('app'), c.get('actor')).create(c.req.valid('json')), 201),
  );

  api.openapi(
    createRoute({ method: 'get', path: '/editions/{slug}', tags, summary: 'One edition', request: { params: slugParams }, responses: { 200: jsonResponse('The edition', editionViewSchema), ...errorResponses } }),
    async (c) => c.json(await new EditionService(c.get('app'), c.get('actor')).get(c.req.valid('param').slug), 200),
  );

  api.openapi(
    createRoute({
      method: 'patch', path: '/editions/{slug}', tags, summary: 'Change an edition (organisers)',
      request: { params: slugParams, body: jsonBody(editionPatchSchema) }, responses: { 200: jsonResponse('Updated', editionViewSchema), ...errorResponses },
    }),
    async (c) => c.json(await new EditionService(c.get('app'), c.get('actor')).update(c.req.valid('param').slug, c.req.valid('json')), 200),
  );

  api.openapi(
    createRoute({
      method: 'get', path: '/editions/{slug}/venues', tags, summary: 'Rooms and virtual platforms (join links for organisers only)',
      request: { params: slugParams }, responses: { 200: jsonResponse('Venues', z.array(venueViewSchema)), ...errorResponses },
    }),
    async (c) => {
      const edition = await visibleEdition(c, c.req.valid('param').slug);
      return c.json(await new VenueService(c.get('app'), c.get('actor'), edition.id).listVenues(), 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'get', path: '/editions/{slug}/time-slots', tags, summary: 'Time slots, as UTC instants',
      request: { params: slugParams }, responses: { 200: jsonResponse('Time slots', z.array(timeSlotViewSchema)), ...errorResponses },
    }),
    async (c) => {
      const edition = await visibleEdition(c, c.req.valid('param').slug);
      return c.json(await new VenueService(c.get('app'), c.get('actor'), edition.id).listTimeSlots(), 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'get', path: '/editions/{slug}/memberships', tags, summary: 'Who holds which role (organisers)',
      request: { params: slugParams }, responses: { 200: jsonResponse('Memberships', z.array(membershipViewSchema)), ...errorResponses },
    }),
    async (c) => {
      const edition = await visibleEdition(c, c.req.valid('param').slug);
      return c.json(await listMemberships(c.get('app'), c.get('actor'), edition.id), 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'post', path: '/editions/{slug}/memberships', tags, summary: 'Give an account a role in the edition (organisers)',
      request: { params: slugParams, body: jsonBody(membershipInputSchema) }, responses: { 201: jsonResponse('Granted', membershipViewSchema), ...errorResponses },
    }),
    async (c) => {
      const edition = await visibleEdition(c, c.req.valid('param').slug);
      return c.json(await grantEditionRole(c.get('app'), c.get('actor'), edition.id, c.req.valid('json')), 201);
    },
  );

  api.openapi(
    createRoute({
      method: 'get', path: '/editions/{slug}/audit', tags, summary: 'Every change by staff, newest first (organisers)',
      request: { params: slugParams }, responses: { 200: jsonResponse('Audit log', z.array(auditEntrySchema)), ...errorResponses },
    }),
    async (c) => {
      const edition = await visibleEdition(c, c.req.valid('param').slug);
      return c.json(await listAuditEntries(c.get('app'), c.get('actor'), edition.id), 200);
    },
  );
}
