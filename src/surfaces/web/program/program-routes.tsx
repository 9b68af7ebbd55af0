import { readFileSync } from 'node:fs';
import type { Context, Hono } from 'hono';
import { anonymousActor } from '../../../domain/accounts/index.js';
import { searchPublicArchive } from '../../../domain/archive/index.js';
import { notFound, RateLimitedError } from '../../../domain/errors.js';
import { checkRateLimit } from '../../http/rate-limits.js';
import { listPublicAppearances, listPublicPresentedInitiatives, loadPublicOrganisation, PersonService } from '../../../domain/people/index.js';
import { frabJson } from '../../../domain/program/exports/frab-json.js';
import { toFrabSchedule } from '../../../domain/program/exports/frab-schedule.js';
import { frabXml } from '../../../domain/program/exports/frab-xml.js';
import { programCalendar } from '../../../domain/program/exports/icalendar.js';
import { loadPublicProgram } from '../../../domain/program/public-program.js';
import { contentLanguages } from '../../../domain/text/localized-text.js';
import { isTimeZone, localDate } from '../../../i18n/time.js';
import type { AppEnv } from '../../http/app-env.js';
import { writePreferenceCookie } from '../../http/cookies.js';
import { safeNextPath } from '../account-routes.js';
import { frameOf } from '../frame.js';
import { InitiativePage, OrganisationPage, PersonPage } from './people-pages.js';
import { parseProgramFilters } from './program-filters.js';
import { ProgramPage } from './program-page.js';
import { readerZone, readerZoneCookie } from './reader-zone.js';
import { parseSearchParameters } from './search-parameters.js';
import { SearchPage } from './search-page.js';
import { SessionPage } from './session-page.js';

const asset = (name: string) => readFileSync(new URL(`../assets/${name}`, import.meta.url), 'utf8');
const scripts: Record<string, string> = { 'reader-zone.js': asset('reader-zone.js'), 'agenda.js': asset('agenda.js') };
const serviceWorker = asset('sw.js');

/** The language of an export: `?lang=` when it is a content language, else the reader's interface language. */
function exportLanguage(c: Context<AppEnv>): string {
  const wanted = c.req.query('lang');
  return (contentLanguages as readonly string[]).includes(wanted ?? '') ? wanted! : c.get('locale');
}

function download(c: Context<AppEnv>, body: string, type: string, filename: string): Response {
  c.header('Content-Type', type);
  c.header('Content-Disposition', `inline; filename="${filename}"`);
  c.header('Cache-Control', 'public, max-age=300');
  return c.body(body);
}

/** The public face of an edition: published content only, whoever is signed in. */
export function registerProgramPages(web: Hono<AppEnv>): void {
  web.get('/assets/:name{[a-z-]+\\.js}', (c) => {
    const script = scripts[c.req.param('name')];
    if (!script) throw notFound('asset');
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(script, 200, { 'Content-Type': 'text/javascript; charset=utf-8' });
  });

  // The service worker must be served from the root to look after every page; browsers re-check it often.
  web.get('/sw.js', (c) => c.body(serviceWorker, 200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' }));

  web.get('/search', async (c) => {
    const query = parseSearchParameters((name) => c.req.query(name), c.get('locale'));
    if (query.text && !(await checkRateLimit(c, 'search')).allowed) throw new RateLimitedError(60);
    const result = query.text.trim().length >= 2 ? await searchPublicArchive(c.get('app'), query) : null;
    return c.html(<SearchPage frame={frameOf(c)} query={query} result={result} />);
  });

  web.get('/editions/:slug/agenda', async (c) => {
    const program = await loadPublicProgram(c.get('app'), c.req.param('slug'));
    const filters = parseProgramFilters(() => undefined, () => undefined);
    return c.html(<ProgramPage frame={frameOf(c)} program={program} filters={filters} readerZone={readerZone(c, program.edition.timeZone)} agenda />);
  });

  web.get('/time-zone', (c) => {
    const zone = c.req.query('tz');
    if (isTimeZone(zone)) writePreferenceCookie(c, readerZoneCookie, zone, 365 * 86_400);
    return c.redirect(safeNextPath(c.req.query('next')), 303);
  });

  web.get('/editions/:slug/program', async (c) => {
    const program = await loadPublicProgram(c.get('app'), c.req.param('slug'));
    const filters = parseProgramFilters((name) => c.req.query(name), (name) => c.req.queries(name));
    return c.html(<ProgramPage frame={frameOf(c)} program={program} filters={filters} readerZone={readerZone(c, program.edition.timeZone)} />);
  });

  web.get('/editions/:slug/sessions/:sessionId', async (c) => {
    const program = await loadPublicProgram(c.get('app'), c.req.param('slug'));
    const session = program.sessions.find((candidate) => candidate.id === c.req.param('sessionId'));
    if (!session) throw notFound('session');
    return c.html(<SessionPage frame={frameOf(c)} program={program} session={session} readerZone={readerZone(c, program.edition.timeZone)} />);
  });

  web.get('/editions/:slug/initiatives/:initiativeId', async (c) => {
    const program = await loadPublicProgram(c.get('app'), c.req.param('slug'));
    const initiative = program.initiatives.find((candidate) => candidate.id === c.req.param('initiativeId'));
    if (!initiative) throw notFound('initiative');
    return c.html(<InitiativePage frame={frameOf(c)} program={program} initiative={initiative} />);
  });

  web.get('/people/:personId', async (c) => {
    const app = c.get('app');
    const person = await new PersonService(app, anonymousActor).get(c.req.param('personId'));
    const organisation = person.organisationId ? await loadPublicOrganisation(app, person.organisationId).catch(() => null) : null;
    const appearances = await listPublicAppearances(app, person.id);
    const initiatives = await listPublicPresentedInitiatives(app, person.id);
    const zone = readerZone(c, appearances[0]?.timeZone ?? 'UTC');
    return c.html(<PersonPage frame={frameOf(c)} person={person} appearances={appearances} initiatives={initiatives} organisation={organisation} readerZone={zone} />);
  });

  web.get('/organisations/:organisationId', async (c) => {
    const organisation = await loadPublicOrganisation(c.get('app'), c.req.param('organisationId'));
    return c.html(<OrganisationPage frame={frameOf(c)} organisation={organisation} />);
  });

  web.get('/editions/:slug/schedule.json', async (c) => {
    const program = await loadPublicProgram(c.get('app'), c.req.param('slug'));
    return download(c, frabJson(toFrabSchedule(program, exportLanguage(c), c.get('app').config.publicUrl)), 'application/json; charset=utf-8', `${program.edition.slug}.json`);
  });

  web.get('/editions/:slug/schedule.xml', async (c) => {
    const program = await loadPublicProgram(c.get('app'), c.req.param('slug'));
    return download(c, frabXml(toFrabSchedule(program, exportLanguage(c), c.get('app').config.publicUrl)), 'application/xml; charset=utf-8', `${program.edition.slug}.xml`);
  });

  web.get('/editions/:slug/calendar.ics', async (c) => {
    const program = await loadPublicProgram(c.get('app'), c.req.param('slug'));
    const sessionIds = c.req.query('sessions')?.split(',').filter(Boolean);
    const ics = programCalendar(program, {
      language: exportLanguage(c), baseUrl: c.get('app').config.publicUrl, sessionIds, date: c.req.query('day'),
      dateOf: (instant) => localDate(instant, program.edition.timeZone),
    });
    return download(c, ics, 'text/calendar; charset=utf-8', `${program.edition.slug}.ics`);
  });

  web.get('/editions/:slug/sessions/:sessionId/calendar.ics', async (c) => {
    const program = await loadPublicProgram(c.get('app'), c.req.param('slug'));
    if (!program.sessions.some((session) => session.id === c.req.param('sessionId'))) throw notFound('session');
    const ics = programCalendar(program, { language: exportLanguage(c), baseUrl: c.get('app').config.publicUrl, sessionIds: [c.req.param('sessionId')] });
    return download(c, ics, 'text/calendar; charset=utf-8', `${c.req.param('sessionId')}.ics`);
  });
}
