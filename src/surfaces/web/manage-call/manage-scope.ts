import type { Context } from 'hono';
import type { EditionRow } from '../../../domain/call/index.js';
import { EditionService } from '../../../domain/edition/index.js';
import { canManageEdition } from '../../../domain/edition/rules.js';
import { forbidden } from '../../../domain/errors.js';
import type { LocalizedText } from '../../../domain/text/localized-text.js';
import type { AppEnv } from '../../http/app-env.js';

export type Ctx = Context<AppEnv>;

/** Signed-out visitors are sent to sign in and come back here. */
export function signInRedirect(c: Ctx): Response | null {
  return c.get('actor').user ? null : c.redirect(`/sign-in?next=${encodeURIComponent(c.req.path)}`, 303);
}

/** The edition of `:slug`, for its organisers only: others get 404 (unseen edition) or 403. */
export async function managedEdition(c: Ctx): Promise<EditionRow> {
  const edition = await new EditionService(c.get('app'), c.get('actor')).findVisible(c.req.param('slug')!);
  if (!canManageEdition(c.get('actor'), edition.id)) throw forbidden('organisers only');
  return edition;
}

/** What every organisers' page shows of its edition. */
export interface ManagedForum {
  slug: string;
  name: LocalizedText;
  timeZone: string;
}

export function forumOf(c: Ctx, edition: EditionRow): ManagedForum {
  return { slug: edition.slug, name: c.get('app').storage.dialect.decodeJson(edition.name) as LocalizedText, timeZone: edition.time_zone };
}

/** A whole number from the query string (notices' figures, places), or the fallback. */
export function queryNumber(c: Ctx, name: string, fallback: number): number {
  const value = Number(c.req.query(name));
  return Number.isInteger(value) && value >= 0 ? value : fallback;
}
