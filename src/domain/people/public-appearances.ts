import type { AppContext } from '../context.js';
import type { LocalizedText } from '../text/localized-text.js';

export interface PublicAppearance {
  editionSlug: string;
  editionName: LocalizedText;
  sessionId: string;
  sessionCode: string | null;
  sessionTitle: LocalizedText;
  startsAt: string | null;
  endsAt: string | null;
  timeZone: string;
  role: string;
  status: string;
}

/** Where a person appears in published sessions of published editions, across every edition. */
export async function listPublicAppearances(context: AppContext, personId: string): Promise<PublicAppearance[]> {
  const { db, dialect } = context.storage;
  const rows = await db
    .selectFrom('session_person_role')
    .innerJoin('session', 'session.id', 'session_person_role.session_id')
    .innerJoin('edition', 'edition.id', 'session.edition_id')
    .select(['edition.slug', 'edition.name', 'edition.time_zone', 'session.id', 'session.code', 'session.title', 'session.starts_at', 'session.ends_at', 'session_person_role.role', 'session_person_role.status'])
    .where('session_person_role.person_id', '=', personId)
    .where('session.status', '=', 'published')
    .where('edition.status', '=', 'published')
    .where((eb) => eb.or([eb('edition.hide_unconfirmed_roles', '=', false), eb('session_person_role.status', '=', 'confirmed')]))
    .orderBy('edition.starts_on', 'desc')
    .orderBy('session.starts_at')
    .orderBy('session.id')
    .execute();
  return rows.map((row) => ({
    editionSlug: row.slug, editionName: dialect.decodeJson<LocalizedText>(row.name), sessionId: row.id, sessionCode: row.code,
    sessionTitle: dialect.decodeJson<LocalizedText>(row.title), startsAt: row.starts_at, endsAt: row.ends_at, timeZone: row.time_zone, role: row.role, status: row.status,
  }));
}

export interface PublicPresentedInitiative {
  editionSlug: string;
  editionName: LocalizedText;
  initiativeId: string;
  code: string | null;
  title: LocalizedText;
}

/** The initiatives a person presented in published editions, newest forum first. */
export async function listPublicPresentedInitiatives(context: AppContext, personId: string): Promise<PublicPresentedInitiative[]> {
  const { db, dialect } = context.storage;
  const rows = await db
    .selectFrom('initiative_presenter')
    .innerJoin('initiative', 'initiative.id', 'initiative_presenter.initiative_id')
    .innerJoin('edition', 'edition.id', 'initiative.edition_id')
    .select(['edition.slug', 'edition.name', 'initiative.id', 'initiative.code', 'initiative.title'])
    .where('initiative_presenter.person_id', '=', personId)
    .where('initiative.status', '=', 'published')
    .where('edition.status', '=', 'published')
    .orderBy('edition.starts_on', 'desc')
    .orderBy('initiative.position')
    .orderBy('initiative.id')
    .execute();
  return rows.map((row) => ({
    editionSlug: row.slug, editionName: dialect.decodeJson<LocalizedText>(row.name), initiativeId: row.id, code: row.code, title: dialect.decodeJson<LocalizedText>(row.title),
  }));
}
