import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../http/app-env.js';
import { errorBody, fieldsOf } from '../http/error-response.js';

export type ApiApp = OpenAPIHono<AppEnv>;

/** An API router whose every validation failure answers 400 naming each bad field. */
export function createApiRouter(): ApiApp {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) return c.json(errorBody('invalid_input', 'the request has invalid fields', fieldsOf(result.error)), 400);
      return undefined;
    },
  });
}
