import { createApiRouter, type ApiApp } from './api-app.js';
import { registerArchiveRoutes } from './archive-routes.js';
import { registerAuthRoutes } from './auth-routes.js';
import { registerCallRoutes } from './call-routes.js';
import { registerReviewRoutes } from './review-routes.js';
import { registerSelectionRoutes } from './selection-routes.js';
import { registerEditionRoutes } from './edition-routes.js';
import { registerPeopleRoutes } from './people-routes.js';
import { registerSearchRoutes } from './search-routes.js';
import { registerSessionRoutes } from './session-routes.js';
import { registerScheduleRoutes } from './schedule-routes.js';
import { registerAvailabilityRoutes } from './availability-routes.js';
import { registerAgendaShareRoutes } from './agenda-share-routes.js';

export const apiBasePath = '/api/v1';

/** The JSON API, version 1, with its OpenAPI document generated from the same zod schemas. */
export function createApi(): ApiApp {
  const api = createApiRouter();
  registerAuthRoutes(api);
  registerEditionRoutes(api);
  registerSessionRoutes(api);
  registerPeopleRoutes(api);
  registerSearchRoutes(api);
  registerArchiveRoutes(api);
  registerCallRoutes(api);
  registerReviewRoutes(api);
  registerSelectionRoutes(api);
  registerScheduleRoutes(api);
  registerAvailabilityRoutes(api);
  registerAgendaShareRoutes(api);
  api.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'Convergence API', version: '1', description: 'Forums of the social and solidarity economy. Writes need the X-CSRF-Token header from GET /session.' },
    servers: [{ url: apiBasePath }],
  });
  return api;
}
