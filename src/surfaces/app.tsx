import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import type { AppContext } from '../domain/context.js';
import { publicContentVersion } from '../domain/edition/content-version.js';
import { DomainError, RateLimitedError } from '../domain/errors.js';
import { apiBasePath, createApi } from './api/index.js';
import type { AppEnv } from './http/app-env.js';
import { csrfProtection } from './http/csrf.js';
import { domainErrorBody, errorBody, statusOf, type ErrorBody } from './http/error-response.js';
import { PublicPageCache } from './http/public-page-cache.js';
import { requestContext } from './http/request-context.js';
import { frameOf } from './web/frame.js';
import { createWebPages } from './web/index.js';
import { ErrorPage } from './web/message-pages.js';

/** Pages the same for every anonymous reader of a language and zone: the program, its exports, the archive. */
const isPublicPage = (path: string) => /^\/(editions\/[^/]+(\/(program|agenda|schedule\.(json|xml)|calendar\.ics|sessions\/[^/]+|initiatives\/[^/]+))?|people\/[^/]+|organisations\/[^/]+|assets\/[^/]+)?$/.test(path);

/** Request bodies above this are refused before they are read: forms and JSON are small. */
export const maxBodyBytes = 256 * 1024;
/** Organisers upload whole program books (PDF, DOCX) to the import pages and API. */
export const maxUploadBytes = 20 * 1024 * 1024;
const isUploadPath = (path: string) =>
  /^(\/api\/v1)?(\/editions\/[^/]+)?\/manage\/import$|^\/api\/v1\/editions\/[^/]+\/imports$|^\/api\/v1\/imports$/.test(path) ||
  /^(\/api\/v1)?\/editions\/[^/]+(\/call)?\/submissions\/[^/]+\/files$/.test(path);

function wantsJson(c: Context<AppEnv>): boolean {
  return c.req.path.startsWith(apiBasePath);
}

/** One answer for every error: JSON under /api, a page elsewhere, never a stack trace. */
function respondWithError(c: Context<AppEnv>, body: ErrorBody, extraHeaders: Record<string, string> = {}): Response | Promise<Response> {
  const status = statusOf[body.error.code];
  for (const [name, value] of Object.entries(extraHeaders)) c.header(name, value);
  if (wantsJson(c) || !c.get('t')) return c.json(body, status);
  const t = c.get('t');
  const messages: Partial<Record<ErrorBody['error']['code'], string>> = {
    not_found: t.t('error.notFound'), forbidden: t.t('error.forbidden'), csrf_failed: t.t('error.csrf'), rate_limited: t.t('error.rateLimited'),
    invalid_input: t.t('error.badRequest'), malformed_json: t.t('error.badRequest'), payload_too_large: t.t('error.badRequest'),
  };
  return c.html(<ErrorPage frame={frameOf(c)} message={messages[body.error.code] ?? t.t('error.server')} />, status);
}

function errorOf(c: Context<AppEnv>, error: unknown): ErrorBody {
  if (error instanceof DomainError) {
    // An anonymous visitor refused a right is asked to sign in; a signed-in one is refused.
    if (error.kind === 'forbidden' && !c.get('actor')?.user) return errorBody('unauthenticated', 'sign in first');
    return domainErrorBody(error);
  }
  if (error instanceof HTTPException) {
    if (error.status === 413) return errorBody('payload_too_large', `the request body is larger than ${maxBodyBytes} bytes`);
    if (error.status === 400) return errorBody('malformed_json', error.message || 'the request body is not valid JSON');
  }
  console.error(error);
  return errorBody('internal', 'internal error');
}

export interface HttpSurface {
  app: Hono<AppEnv>;
  /** The app's memory of public pages, which the Node server also serves from before entering the app. */
  publicPages: PublicPageCache;
}

/** The whole HTTP surface (see {@link createHttpSurface}). */
export function createApp(context: AppContext): Hono<AppEnv> {
  return createHttpSurface(context).app;
}

/**
 * The whole HTTP surface: shared middleware, the JSON API and the pages. Stateless: sessions,
 * rate limits and queued mail live in the database, so any number of these can serve one forum.
 */
export function createHttpSurface(context: AppContext): HttpSurface {
  const app = new Hono<AppEnv>();
  const publicPages = new PublicPageCache({
    seconds: context.config.publicCacheSeconds, maxEntries: 500, isPublic: isPublicPage, version: () => publicContentVersion(context.storage.db),
    now: () => context.clock.now().getTime(),
  });
  app.use(publicPages.middleware());
  // Many readers are on slow, metered connections: every text answer is compressed.
  app.use(compress());
  app.use(secureHeaders({ contentSecurityPolicy: { defaultSrc: ["'self'"], styleSrc: ["'self'", "'unsafe-inline'"], imgSrc: ["'self'", 'data:'], frameAncestors: ["'none'"] } }));
  const limitTo = (maxSize: number) => bodyLimit({ maxSize, onError: (c) => respondWithError(c as Context<AppEnv>, errorBody('payload_too_large', `the request body is larger than ${maxSize} bytes`)) });
  const formLimit = limitTo(maxBodyBytes);
  const uploadLimit = limitTo(maxUploadBytes);
  app.use((c, next) => (isUploadPath(c.req.path) ? uploadLimit : formLimit)(c, next));
  app.use(requestContext(context));
  app.use(csrfProtection((c) => Promise.resolve(respondWithError(c, errorBody('csrf_failed', 'missing or wrong CSRF token: send the X-CSRF-Token header from GET /api/v1/session')))));
  app.route(apiBasePath, createApi());
  app.route('/', createWebPages());
  app.notFound((c) => respondWithError(c, errorBody('not_found', `no route for ${c.req.method} ${c.req.path}`)));
  app.onError((error, c) => {
    const body = errorOf(c, error);
    const retry: Record<string, string> = error instanceof RateLimitedError ? { 'Retry-After': String(error.retryAfterSeconds) } : {};
    return respondWithError(c, body, retry);
  });
  return { app, publicPages };
}
