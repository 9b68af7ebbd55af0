import type { Context, Hono } from 'hono';
import { AvailabilityService, maxWindows, toLocalInput, type AvailabilityView } from '../../../domain/people/availability/index.js';
import { DomainError } from '../../../domain/errors.js';
import { isTimeZone } from '../../../i18n/time.js';
import type { AppEnv } from '../../http/app-env.js';
import { frameOf } from '../frame.js';
import { readerZone } from '../program/reader-zone.js';
import { AvailabilityPage, type AvailabilityFormState } from './availability-page.js';
import { ownAvailabilityPath, personAvailabilityPath } from './availability-paths.js';

type Ctx = Context<AppEnv>;

/** The two doors to the same form: the person's own, and the organisers' for any person of their forum. */
const doors = [
  { route: '/editions/:slug/availability', own: true, open: (c: Ctx) => AvailabilityService.openOwn(c.get('app'), c.get('actor'), c.req.param('slug')!) },
  {
    route: '/editions/:slug/manage/people/:personId/availability', own: false,
    open: (c: Ctx) => AvailabilityService.open(c.get('app'), c.get('actor'), c.req.param('slug')!, c.req.param('personId')!),
  },
] as const;

async function formOf(c: Ctx): Promise<Record<string, string>> {
  const body = await c.req.parseBody();
  return Object.fromEntries(Object.entries(body).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

function basePathOf(c: Ctx, own: boolean, service: AvailabilityService): string {
  const slug = c.req.param('slug')!;
  return own ? ownAvailabilityPath(slug) : personAvailabilityPath(slug, service.personId);
}

/** The stored windows as the person would type them in `zone`: the same instants. */
function windowsIn(view: AvailabilityView, zone: string) {
  return view.windows.map((window) => ({ kind: window.kind, startsAt: toLocalInput(window.startsAt, zone), endsAt: toLocalInput(window.endsAt, zone), note: window.note }));
}

/** The refusal in the reader's language; the API gives the domain's field-by-field detail. */
function refusal(c: Ctx, error: DomainError): string {
  const t = c.get('t');
  if (error.fields.some((field) => field.path === 'timeZone')) return t.t('availability.error.zone');
  if (error.fields.some((field) => field.path === 'windows')) return t.t('availability.error.tooMany', { count: maxWindows });
  return t.t('availability.error.window');
}

async function render(c: Ctx, service: AvailabilityService, own: boolean, state: AvailabilityFormState = {}, status: 200 | 400 = 200, typedZone?: string) {
  const view = await service.view();
  const zone = typedZone ?? view.timeZone ?? readerZone(c, view.edition.timeZone);
  const notice = c.req.query('notice') === 'saved' ? c.get('t').t('availability.notice.saved') : undefined;
  return c.html(<AvailabilityPage frame={frameOf(c)} view={view} basePath={basePathOf(c, own, service)} own={own} zone={zone} state={{ ...(notice ? { notice } : {}), ...state }} />, status);
}

/**
 * A person's availability pages, complete without JavaScript: every change is a plain form that
 * replaces the whole set at once, so a refused window leaves the stored ones as they were.
 */
export function registerAvailabilityPages(web: Hono<AppEnv>): void {
  for (const door of doors) {
    web.get(door.route, async (c) => {
      if (!c.get('actor').user) return c.redirect(`/sign-in?next=${encodeURIComponent(c.req.path)}`, 303);
      return render(c, await door.open(c), door.own);
    });

    const save = async (c: Ctx, service: AvailabilityService, input: { timeZone: string; windows: ReturnType<typeof windowsIn> }, typed?: AvailabilityFormState['typed']) => {
      try {
        await service.replace(input);
        return c.redirect(`${basePathOf(c, door.own, service)}?notice=saved`, 303);
      } catch (error) {
        if (error instanceof DomainError && error.kind === 'invalid') {
          return render(c, service, door.own, { error: refusal(c, error), ...(typed ? { typed } : {}) }, 400, isTimeZone(input.timeZone) ? input.timeZone : undefined);
        }
        throw error;
      }
    };

    web.post(`${door.route}/zone`, async (c) => {
      const service = await door.open(c);
      const zone = (await formOf(c)).timeZone?.trim() ?? '';
      const view = await service.view();
      if (!isTimeZone(zone)) return render(c, service, door.own, { error: c.get('t').t('availability.error.zone') }, 400);
      return save(c, service, { timeZone: zone, windows: windowsIn(view, zone) });
    });

    web.post(`${door.route}/windows`, async (c) => {
      const service = await door.open(c);
      const form = await formOf(c);
      const zone = form.timeZone?.trim() ?? '';
      const typed = { kind: form.kind ?? '', startsAt: form.startsAt ?? '', endsAt: form.endsAt ?? '', note: form.note ?? '' };
      if (!isTimeZone(zone)) return render(c, service, door.own, { error: c.get('t').t('availability.error.zone'), typed }, 400);
      const view = await service.view();
      // A browser may send seconds ("09:00:00") from a datetime-local field; the minute is what counts.
      const minute = (value: string) => value.slice(0, 16);
      const added = { kind: typed.kind as 'available', startsAt: minute(typed.startsAt), endsAt: minute(typed.endsAt), note: typed.note.trim() || null };
      return save(c, service, { timeZone: zone, windows: [...windowsIn(view, zone), added] }, typed);
    });

    web.post(`${door.route}/windows/:windowId/delete`, async (c) => {
      const service = await door.open(c);
      const view = await service.view();
      if (!view.windows.some((window) => window.id === c.req.param('windowId'))) throw new DomainError('not_found', 'window not found');
      const zone = view.timeZone ?? view.edition.timeZone;
      const kept = { ...view, windows: view.windows.filter((window) => window.id !== c.req.param('windowId')) };
      return save(c, service, { timeZone: zone, windows: windowsIn(kept, zone) });
    });
  }
}
