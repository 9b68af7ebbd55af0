import type { Hono } from 'hono';
import { completePasswordReset, isResetTokenUsable, passwordSchema, requestPasswordReset, signUp, signUpSchema } from '../../domain/accounts/index.js';
import type { AppEnv } from '../http/app-env.js';
import { signInWithPassword, signOut } from '../http/auth-actions.js';
import { checkRateLimit } from '../http/rate-limits.js';
import { PasswordResetPage, PasswordResetRequestPage, SignInPage, SignUpPage } from './account-pages.js';
import { frameOf } from './frame.js';

/** A local path to go back to after signing in; anything else (another host, `//evil`) becomes "/". */
export function safeNextPath(next: unknown): string {
  return typeof next === 'string' && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
}

function field(form: Record<string, unknown>, name: string): string {
  const value = form[name];
  return typeof value === 'string' ? value : '';
}

export function registerAccountPages(web: Hono<AppEnv>): void {
  web.get('/sign-in', (c) => c.html(<SignInPage frame={frameOf(c)} next={safeNextPath(c.req.query('next'))} />));

  web.post('/sign-in', async (c) => {
    const form = await c.req.parseBody();
    const email = field(form, 'email');
    const outcome = await signInWithPassword(c, email, field(form, 'password'));
    if (outcome.kind === 'signed-in') return c.redirect(safeNextPath(form.next), 303);
    const t = c.get('t');
    const error = outcome.kind === 'rate-limited' ? t.t('error.rateLimited') : t.t('signIn.failed');
    return c.html(<SignInPage frame={frameOf(c)} state={{ error, email }} next={safeNextPath(form.next)} />, outcome.kind === 'rate-limited' ? 429 : 401);
  });

  web.post('/sign-out', async (c) => {
    await signOut(c);
    return c.redirect('/', 303);
  });

  web.get('/sign-up', (c) => c.html(<SignUpPage frame={frameOf(c)} />));

  web.post('/sign-up', async (c) => {
    const form = await c.req.parseBody();
    const t = c.get('t');
    const kept = { email: field(form, 'email'), displayName: field(form, 'displayName') };
    const parsed = signUpSchema.safeParse({ ...kept, password: field(form, 'password'), locale: c.get('locale') });
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join(' · ');
      return c.html(<SignUpPage frame={frameOf(c)} state={{ ...kept, error: `${t.t('error.badRequest')} ${problems}` }} />, 400);
    }
    const verdict = await checkRateLimit(c, 'sign-up', parsed.data.email);
    if (!verdict.allowed) return c.html(<SignUpPage frame={frameOf(c)} state={{ ...kept, error: t.t('error.rateLimited') }} />, 429);
    await signUp(c.get('app'), parsed.data);
    return c.html(<SignUpPage frame={frameOf(c)} state={{ notice: t.t('signUp.done') }} />, 202);
  });

  web.get('/password-reset', (c) => c.html(<PasswordResetRequestPage frame={frameOf(c)} />));

  web.post('/password-reset', async (c) => {
    const email = field(await c.req.parseBody(), 'email');
    const t = c.get('t');
    const verdict = await checkRateLimit(c, 'password-reset', email);
    if (!verdict.allowed) return c.html(<PasswordResetRequestPage frame={frameOf(c)} state={{ email, error: t.t('error.rateLimited') }} />, 429);
    await requestPasswordReset(c.get('app'), email);
    return c.html(<PasswordResetRequestPage frame={frameOf(c)} state={{ notice: t.t('reset.requestDone') }} />, 202);
  });

  web.get('/password-reset/:token', async (c) => {
    const token = c.req.param('token');
    return c.html(<PasswordResetPage frame={frameOf(c)} token={token} usable={await isResetTokenUsable(c.get('app'), token)} />);
  });

  web.post('/password-reset/:token', async (c) => {
    const token = c.req.param('token');
    const t = c.get('t');
    const password = passwordSchema.safeParse(field(await c.req.parseBody(), 'password'));
    if (!password.success) {
      return c.html(<PasswordResetPage frame={frameOf(c)} token={token} usable state={{ error: `${t.t('error.badRequest')} ${t.t('form.passwordHint')}` }} />, 400);
    }
    const done = await completePasswordReset(c.get('app'), token, password.data);
    return c.html(<PasswordResetPage frame={frameOf(c)} token={token} usable={false} state={done ? { notice: t.t('reset.done') } : {}} />, done ? 200 : 400);
  });
}
