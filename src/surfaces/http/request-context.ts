import type { MiddlewareHandler } from 'hono';
import { anonymousActor, findWebSessionUser, loadActor } from '../../domain/accounts/index.js';
import type { AppContext } from '../../domain/context.js';
import { negotiateLocale, translator } from '../../i18n/index.js';
import type { AppEnv } from './app-env.js';
import { clearCookie, localeCookie, readCookie, sessionCookie } from './cookies.js';

/** Loads who is asking and in which language to answer, once per request. */
export function requestContext(app: AppContext): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('app', app);
    const sessionToken = readCookie(c, sessionCookie) ?? null;
    const userId = sessionToken ? await findWebSessionUser(app.storage.db, app.clock, sessionToken) : null;
    if (sessionToken && !userId) clearCookie(c, sessionCookie);
    const actor = userId ? await loadActor(app.storage.db, app.storage.dialect, userId) : anonymousActor;
    c.set('actor', actor);
    c.set('sessionToken', userId ? sessionToken : null);
    const locale = negotiateLocale(readCookie(c, localeCookie) ?? actor.user?.locale, c.req.header('accept-language'));
    c.set('locale', locale);
    c.set('t', translator(locale));
    c.header('Content-Language', locale);
    c.header('Vary', 'Accept-Language, Cookie');
    await next();
  };
}
