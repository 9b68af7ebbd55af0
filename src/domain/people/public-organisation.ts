import type { AppContext } from '../context.js';
import { notFound } from '../errors.js';
import type { LocalizedText } from '../text/localized-text.js';

/** What anyone may read of an organisation. */
export interface PublicOrganisation {
  id: string;
  name: LocalizedText;
  acronym: string | null;
  kind: string;
  city: string | null;
  country: string | null;
  website: string | null;
}

export interface PublicOrganisationPage extends PublicOrganisation {
  initiatives: { id: string; editionSlug: string; code: string | null; title: LocalizedText }[];
  people: { id: string; name: string }[];
  /** Sessions it organised or partnered, across editions. */
  sessions: { id: string; editionSlug: string; editionName: LocalizedText; code: string | null; title: LocalizedText; role: string }[];
}

/** An organisation as the public sees it: only what it did in published editions; otherwise it does not exist. */
export async function loadPublicOrganisation(context: AppContext, organisationId: string): Promise<PublicOrganisationPage> {
  const { db, dialect } = context.storage;
  const organisation = await db.selectFrom('organisation').selectAll().where('id', '=', organisationId).executeTakeFirst();
  if (!organisation) throw notFound('organisation');
  const initiatives = await db
    .selectFrom('initiative')
    .innerJoin('edition', 'edition.id', 'initiative.edition_id')
    .select(['initiative.id', 'edition.slug', 'initiative.code', 'initiative.title'])
    .where('initiative.organisation_id', '=', organisationId)
    .where('initiative.status', '=', 'published')
    .where('edition.status', '=', 'published')
    .orderBy('edition.starts_on', 'desc')
    .orderBy('initiative.id')
    .execute();
  const publicPeople = await db
    .selectFrom('person')
    .innerJoin('session_person_role', 'session_person_role.person_id', 'person.id')
    .innerJoin('session', 'session.id', 'session_person_role.session_id')
    .innerJoin('edition', 'edition.id', 'session.edition_id')
    .select(['person.id', 'person.name'])
    .distinct()
    .where('person.organisation_id', '=', organisationId)
    .where('session.status', '=', 'published')
    .where('edition.status', '=', 'published')
    .orderBy('person.name')
    .orderBy('person.id')
    .execute();
  const presenters = await db
    .selectFrom('person')
    .innerJoin('initiative_presenter', 'initiative_presenter.person_id', 'person.id')
    .innerJoin('initiative', 'initiative.id', 'initiative_presenter.initiative_id')
    .innerJoin('edition', 'edition.id', 'initiative.edition_id')
    .select(['person.id', 'person.name'])
    .distinct()
    .where('person.organisation_id', '=', organisationId)
    .where('initiative.status', '=', 'published')
    .where('edition.status', '=', 'published')
    .execute();
  const sessions = await db
    .selectFrom('session_organisation')
    .innerJoin('session', 'session.id', 'session_organisation.session_id')
    .innerJoin('edition', 'edition.id', 'session.edition_id')
    .select(['session.id', 'edition.slug', 'edition.name', 'session.code', 'session.title', 'session_organisation.role'])
    .where('session_organisation.organisation_id', '=', organisationId)
    .where('session.status', '=', 'published')
    .where('edition.status', '=', 'published')
    .orderBy('edition.starts_on', 'desc')
    .orderBy('session.starts_at')
    .orderBy('session.id')
    .execute();
  const partnerOfPublished = await db
    .selectFrom('edition_partner')
    .innerJoin('edition', 'edition.id', 'edition_partner.edition_id')
    .select('edition.id')
    .where('edition_partner.organisation_id', '=', organisationId)
    .where('edition.status', '=', 'published')
    .executeTakeFirst();
  if (initiatives.length === 0 && publicPeople.length === 0 && presenters.length === 0 && sessions.length === 0 && !partnerOfPublished) throw notFound('organisation');
  const people = new Map([...publicPeople, ...presenters].map((person) => [person.id, person]));
  return {
    id: organisation.id, name: dialect.decodeJson<LocalizedText>(organisation.name), acronym: organisation.acronym, kind: organisation.kind,
    city: organisation.city, country: organisation.country, website: organisation.website,
    initiatives: initiatives.map((initiative) => ({ id: initiative.id, editionSlug: initiative.slug, code: initiative.code, title: dialect.decodeJson<LocalizedText>(initiative.title) })),
    people: [...people.values()].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)),
    sessions: sessions.map((session) => ({
      id: session.id, editionSlug: session.slug, editionName: dialect.decodeJson<LocalizedText>(session.name), code: session.code,
      title: dialect.decodeJson<LocalizedText>(session.title), role: session.role,
    })),
  };
}
