import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { newSecretToken } from '../../domain/accounts/tokens.js';
import type { AppEnv } from './app-env.js';
import { csrfCookie, readCookie, writeCookie } from './cookies.js';

export const csrfField = '_csrf';
export const csrfHeader = 'x-csrf-token';
const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);
const yearInSeconds = 365 * 86_400;

function sameToken(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b || a.length !== b.length) return false;
  return timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

async function submittedToken(c: Parameters<MiddlewareHandler<AppEnv>>[0]): Promise<string | undefined> {
  const header = c.req.header(csrfHeader);
  if (header) return header;
  const type = c.req.header('content-type') ?? '';
  if (type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data')) {
    const field = (await c.req.parseBody())[csrfField];
    return typeof field === 'string' ? field : undefined;
  }
  return undefined;
}

/**
 * Double-submit token: every visitor gets a random token in an HTTP-only cookie, pages put it in
 * their forms, API clients send it in `X-CSRF-Token`. Another site can make the browser send the
 * cookie but cannot read it, so it cannot echo it. Stateless, so any app process can check it.
 */
export function csrfProtection(onFailure: MiddlewareHandler<AppEnv>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    let token = readCookie(c, csrfCookie);
    if (!token || token.length < 40) {
      token = newSecretToken();
      writeCookie(c, csrfCookie, token, yearInSeconds);
    }
    c.set('csrfToken', token);
    if (safeMethods.has(c.req.method)) return next();
    const cookie = readCookie(c, csrfCookie);
    if (!sameToken(cookie, await submittedToken(c))) return onFailure(c, next);
    return next();
  };
}
