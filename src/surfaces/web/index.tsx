import { Hono } from 'hono';
import { EditionService } from '../../domain/edition/index.js';
import { listOutbox } from '../../domain/mail/index.js';
import { isUiLocale } from '../../i18n/index.js';
import { DomainError } from '../../domain/errors.js';
import type { AppEnv } from '../http/app-env.js';
import { localeCookie, writeCookie } from '../http/cookies.js';
import { registerAccountPages, safeNextPath } from './account-routes.js';
import { registerArchivePages } from './archive/archive-routes.js';
import { registerCallPages } from './call/call-routes.js';
import { registerManageCallPages } from './manage-call/manage-call-routes.js';
import { EditionPage } from './edition-page.js';
import { frameOf } from './frame.js';
import { HomePage } from './home-page.js';
import { OutboxPage } from './message-pages.js';
import { registerProgramPages } from './program/program-routes.js';
import { registerSchedulePages } from './schedule/schedule-routes.js';
import { registerAvailabilityPages } from './availability/availability-routes.js';

/** The server-rendered pages: complete without JavaScript. */
export function createWebPages(): Hono<AppEnv> {
  const web = new Hono<AppEnv>();

  web.get('/', async (c) => {
    const editions = await new EditionService(c.get('app'), c.get('actor')).list();
    return c.html(<HomePage frame={frameOf(c)} editions={editions} />);
  });

  web.get('/editions/:slug', async (c) => {
    const edition = await new EditionService(c.get('app'), c.get('actor')).get(c.req.param('slug'));
    return c.html(<EditionPage frame={frameOf(c)} edition={edition} />);
  });

  // A plain link, so switching language works without scripts; it brings the reader back to the same page.
  web.get('/language/:locale', (c) => {
    const locale = c.req.param('locale');
    if (isUiLocale(locale)) writeCookie(c, localeCookie, locale, 365 * 86_400);
    return c.redirect(safeNextPath(c.req.query('next')), 303);
  });

  web.get('/outbox', async (c) => {
    const actor = c.get('actor');
    if (!actor.user) return c.redirect(`/sign-in?next=${encodeURIComponent('/outbox')}`, 303);
    if (!actor.user.isAdmin) throw new DomainError('forbidden', 'administrators only');
    const { storage, config } = c.get('app');
    const mails = await listOutbox(storage.db, { limit: 100, offset: 0 });
    return c.html(<OutboxPage frame={frameOf(c)} mails={mails} showBodies={config.environment === 'development'} />);
  });

  registerAccountPages(web);
  registerProgramPages(web);
  registerArchivePages(web);
  registerCallPages(web);
  registerManageCallPages(web);
  registerSchedulePages(web);
  registerAvailabilityPages(web);
  return web;
}
