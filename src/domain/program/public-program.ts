import { anonymousActor } from '../accounts/index.js';
import type { AppContext } from '../context.js';
import { EditionService, type EditionView } from '../edition/index.js';
import type { PublicOrganisation } from '../people/public-organisation.js';
import type { LocalizedText } from '../text/localized-text.js';
import type { SessionView } from './session-schemas.js';
import { SessionService } from './session-service.js';
import { VenueService, type TimeSlotView, type VenueView } from './venue-service.js';

export interface PublicPerson {
  id: string;
  name: string;
  honorific: string | null;
  bio: LocalizedText | null;
  roleTitle: LocalizedText | null;
  organisationId: string | null;
}

export interface PublicInitiative {
  id: string;
  sessionId: string | null;
  code: string | null;
  title: LocalizedText;
  description: LocalizedText | null;
  organisationId: string | null;
  city: string | null;
  region: string | null;
  country: string | null;
  website: string | null;
  presenterIds: string[];
}


/** What anyone may read of an edition: published content only, with no private link or email. */
export interface PublicProgram {
  edition: EditionView;
  slots: TimeSlotView[];
  venues: VenueView[];
  sessions: SessionView[];
  people: Map<string, PublicPerson>;
  organisations: Map<string, PublicOrganisation>;
  initiatives: PublicInitiative[];
  themes: { id: string; code: string; name: LocalizedText }[];
}

/**
 * Reads a published edition as the public sees it, whoever asks: the public surface never shows
 * drafts, even to organisers (they preview in their back office).
 */
export async function loadPublicProgram(context: AppContext, slug: string): Promise<PublicProgram> {
  const editions = new EditionService(context, anonymousActor);
  const row = await editions.findVisible(slug);
  const edition = await editions.get(slug);
  const venues = new VenueService(context, anonymousActor, row.id);
  const sessions = await new SessionService(context, anonymousActor, row).list();
  const { db, dialect } = context.storage;
  const sessionIds = sessions.map((session) => session.id);
  const initiativeRows = sessionIds.length === 0 ? [] : await db.selectFrom('initiative').selectAll()
    .where('edition_id', '=', row.id).where('status', '=', 'published').where('session_id', 'in', sessionIds).orderBy('position').orderBy('id').execute();
  const presenters = initiativeRows.length === 0 ? [] : await db.selectFrom('initiative_presenter').select(['initiative_id', 'person_id'])
    .where('initiative_id', 'in', initiativeRows.map((initiative) => initiative.id)).orderBy('position').execute();
  const personIds = [...new Set([...sessions.flatMap((session) => session.people.map((person) => person.personId)), ...presenters.map((presenter) => presenter.person_id)])];
  const personRows = personIds.length === 0 ? [] : await db.selectFrom('person')
    .select(['id', 'name', 'honorific', 'bio', 'role_title', 'organisation_id']).where('id', 'in', personIds).execute();
  const organisationIds = [...new Set([
    ...personRows.map((person) => person.organisation_id), ...initiativeRows.map((initiative) => initiative.organisation_id),
    ...sessions.flatMap((session) => session.organisations.map((organisation) => organisation.organisationId)),
  ].filter((id): id is string => id !== null))];
  const organisationRows = organisationIds.length === 0 ? [] : await db.selectFrom('organisation').selectAll().where('id', 'in', organisationIds).execute();
  const themeRows = await db.selectFrom('theme').select(['id', 'code', 'name']).where('edition_id', '=', row.id).orderBy('code').execute();
  const text = (raw: unknown) => dialect.decodeJson<LocalizedText>(raw);
  return {
    edition,
    slots: await venues.listTimeSlots(),
    venues: await venues.listVenues(),
    sessions,
    people: new Map(personRows.map((person) => [person.id, {
      id: person.id, name: person.name, honorific: person.honorific, bio: dialect.decodeJson<LocalizedText | null>(person.bio),
      roleTitle: dialect.decodeJson<LocalizedText | null>(person.role_title), organisationId: person.organisation_id,
    }])),
    organisations: new Map(organisationRows.map((organisation) => [organisation.id, {
      id: organisation.id, name: text(organisation.name), acronym: organisation.acronym, kind: organisation.kind, city: organisation.city,
      country: organisation.country, website: organisation.website,
    }])),
    initiatives: initiativeRows.map((initiative) => ({
      id: initiative.id, sessionId: initiative.session_id, code: initiative.code, title: text(initiative.title),
      description: dialect.decodeJson<LocalizedText | null>(initiative.description), organisationId: initiative.organisation_id, city: initiative.city,
      region: initiative.region, country: initiative.country, website: initiative.website,
      presenterIds: presenters.filter((presenter) => presenter.initiative_id === initiative.id).map((presenter) => presenter.person_id),
    })),
    themes: themeRows.map((theme) => ({ id: theme.id, code: theme.code, name: text(theme.name) })),
  };
}
