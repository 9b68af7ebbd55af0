import type { Context } from 'hono';
import type { EditionRow } from '../../domain/call/index.js';
import { RateLimitedError } from '../../domain/errors.js';
import type { AppEnv } from '../http/app-env.js';
import { checkRateLimit, type RateLimitedAction } from '../http/rate-limits.js';
import { visibleEdition } from './visible-edition.js';

/** The edition of a call, review or selection route; an edition this actor may not see answers 404 first. */
export function editionOf(c: Context<AppEnv>): Promise<EditionRow> {
  return visibleEdition(c, c.req.param('slug')!);
}

export async function limitRate(c: Context<AppEnv>, action: RateLimitedAction): Promise<void> {
  const verdict = await checkRateLimit(c, action, c.get('actor').user?.email);
  if (!verdict.allowed) throw new RateLimitedError(verdict.retryAfterSeconds);
}

/** A download the browser must save, never render: user files and spreadsheets. */
export function attachment(c: Context<AppEnv>, bytes: Uint8Array | string, mediaType: string, fileName: string): Response {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return c.body(typeof bytes === 'string' ? bytes : new Uint8Array(bytes), 200, {
    'Content-Type': mediaType,
    'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'private, no-store',
  });
}
