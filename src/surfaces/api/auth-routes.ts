import { createRoute, z } from '@hono/zod-openapi';
import { completePasswordReset, passwordSchema, requestPasswordReset, signUp, signUpSchema } from '../../domain/accounts/index.js';
import { DomainError, RateLimitedError } from '../../domain/errors.js';
import { signInWithPassword, signOut } from '../http/auth-actions.js';
import { checkRateLimit } from '../http/rate-limits.js';
import type { ApiApp } from './api-app.js';
import { errorResponses, jsonBody, jsonResponse } from './shared-schemas.js';

const sessionViewSchema = z.object({
  user: z.object({ id: z.string(), email: z.string(), displayName: z.string(), locale: z.string(), isAdmin: z.boolean() }).nullable(),
  memberships: z.array(z.object({ editionId: z.string(), roles: z.array(z.string()) })),
  csrfToken: z.string(),
});
const acceptedSchema = z.object({ status: z.literal('accepted') });
const tags = ['Accounts'];

const tooManyAttempts = (retryAfterSeconds: number) => new RateLimitedError(retryAfterSeconds);

export function registerAuthRoutes(api: ApiApp): void {
  api.openapi(
    createRoute({ method: 'get', path: '/session', tags, summary: 'Who is signed in, their roles, and the CSRF token for writes', responses: { 200: jsonResponse('The current session', sessionViewSchema) } }),
    (c) => {
      const actor = c.get('actor');
      return c.json({
        user: actor.user,
        memberships: [...actor.rolesByEdition].map(([editionId, roles]) => ({ editionId, roles: [...roles].sort() })),
        csrfToken: c.get('csrfToken'),
      }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'post', path: '/auth/sign-up', tags, summary: 'Create an account (the answer never says whether the email was already taken)',
      request: { body: jsonBody(signUpSchema) }, responses: { 202: jsonResponse('A mail is on its way', acceptedSchema), ...errorResponses },
    }),
    async (c) => {
      const input = c.req.valid('json');
      const verdict = await checkRateLimit(c, 'sign-up', input.email);
      if (!verdict.allowed) throw tooManyAttempts(verdict.retryAfterSeconds);
      await signUp(c.get('app'), input);
      return c.json({ status: 'accepted' as const }, 202);
    },
  );

  api.openapi(
    createRoute({
      method: 'post', path: '/auth/sign-in', tags, summary: 'Sign in with email and password; sets an HTTP-only session cookie',
      request: { body: jsonBody(z.object({ email: z.string().max(254), password: z.string().max(1024) })) },
      responses: { 200: jsonResponse('Signed in', z.object({ userId: z.string() })), ...errorResponses },
    }),
    async (c) => {
      const { email, password } = c.req.valid('json');
      const outcome = await signInWithPassword(c, email, password);
      if (outcome.kind === 'rate-limited') throw tooManyAttempts(outcome.retryAfterSeconds);
      if (outcome.kind === 'failed') throw new DomainError('unauthenticated', 'email or password is wrong');
      return c.json({ userId: outcome.userId }, 200);
    },
  );

  api.openapi(
    createRoute({ method: 'post', path: '/auth/sign-out', tags, summary: 'End the current session', responses: { 204: { description: 'Signed out' }, ...errorResponses } }),
    async (c) => {
      await signOut(c);
      return c.body(null, 204);
    },
  );

  api.openapi(
    createRoute({
      method: 'post', path: '/auth/password-reset', tags, summary: 'Mail a reset link if an account uses this email',
      request: { body: jsonBody(z.object({ email: z.string().max(254) })) }, responses: { 202: jsonResponse('Accepted', acceptedSchema), ...errorResponses },
    }),
    async (c) => {
      const { email } = c.req.valid('json');
      const verdict = await checkRateLimit(c, 'password-reset', email);
      if (!verdict.allowed) throw tooManyAttempts(verdict.retryAfterSeconds);
      await requestPasswordReset(c.get('app'), email);
      return c.json({ status: 'accepted' as const }, 202);
    },
  );

  api.openapi(
    createRoute({
      method: 'post', path: '/auth/password-reset/confirm', tags, summary: 'Set a new password with the token from the mail',
      request: { body: jsonBody(z.object({ token: z.string().min(20).max(200), password: passwordSchema })) },
      responses: { 204: { description: 'Password changed; every session of the account is closed' }, ...errorResponses },
    }),
    async (c) => {
      const { token, password } = c.req.valid('json');
      if (!(await completePasswordReset(c.get('app'), token, password))) {
        throw new DomainError('invalid', 'the reset link is invalid or has expired', [{ path: 'token', message: 'invalid or expired' }]);
      }
      return c.body(null, 204);
    },
  );
}
