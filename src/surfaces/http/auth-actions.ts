import type { Context } from 'hono';
import { authenticate, closeWebSession, openWebSession } from '../../domain/accounts/index.js';
import type { AppEnv } from './app-env.js';
import { clearCookie, sessionCookie, writeCookie } from './cookies.js';
import { checkRateLimit } from './rate-limits.js';

export type SignInOutcome = { kind: 'signed-in'; userId: string } | { kind: 'failed' } | { kind: 'rate-limited'; retryAfterSeconds: number };

/** Shared by the sign-in form and the API: rate limit first, then the password, then the cookie. */
export async function signInWithPassword(c: Context<AppEnv>, email: string, password: string): Promise<SignInOutcome> {
  const verdict = await checkRateLimit(c, 'sign-in', email);
  if (!verdict.allowed) return { kind: 'rate-limited', retryAfterSeconds: verdict.retryAfterSeconds };
  const app = c.get('app');
  const userId = await authenticate(app, email, password);
  if (!userId) return { kind: 'failed' };
  const token = await openWebSession(app.storage.db, app.clock, userId, app.config.sessionDays);
  writeCookie(c, sessionCookie, token, app.config.sessionDays * 86_400);
  return { kind: 'signed-in', userId };
}

export async function signOut(c: Context<AppEnv>): Promise<void> {
  const token = c.get('sessionToken');
  if (token) await closeWebSession(c.get('app').storage.db, token);
  clearCookie(c, sessionCookie);
}
