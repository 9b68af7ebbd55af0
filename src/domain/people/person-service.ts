import { z } from 'zod';
import type { Actor } from '../accounts/actor.js';
import type { AppContext } from '../context.js';
import { notFound } from '../errors.js';
import { localizedTextSchema, type LocalizedText } from '../text/localized-text.js';
import { canSeePerson, canSeePersonPrivateDetails, type PersonAppearances } from './rules.js';

export const personViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  honorific: z.string().nullable(),
  bio: localizedTextSchema.nullable(),
  roleTitle: localizedTextSchema.nullable(),
  organisationId: z.string().nullable(),
  country: z.string().nullable(),
  roles: z.array(z.object({ editionId: z.string(), sessionId: z.string(), role: z.string(), status: z.string() })),
  /** Private details, present only for those allowed. */
  email: z.string().nullable().optional(),
  gender: z.string().nullable().optional(),
});
export type PersonView = z.infer<typeof personViewSchema>;

export class PersonService {
  constructor(
    private readonly context: AppContext,
    private readonly actor: Actor,
  ) {}

  async get(personId: string): Promise<PersonView> {
    const { db, dialect } = this.context.storage;
    const person = await db.selectFrom('person').selectAll().where('id', '=', personId).executeTakeFirst();
    if (!person) throw notFound('person');
    const roles = await db
      .selectFrom('session_person_role')
      .innerJoin('session', 'session.id', 'session_person_role.session_id')
      .innerJoin('edition', 'edition.id', 'session.edition_id')
      .select(['session.edition_id', 'session.id as session_id', 'session.status as session_status', 'edition.status as edition_status', 'edition.hide_unconfirmed_roles', 'session_person_role.role', 'session_person_role.status'])
      .where('session_person_role.person_id', '=', personId)
      .orderBy('session.id')
      .execute();
    const presented = await db
      .selectFrom('initiative_presenter')
      .innerJoin('initiative', 'initiative.id', 'initiative_presenter.initiative_id')
      .innerJoin('edition', 'edition.id', 'initiative.edition_id')
      .select(['initiative.edition_id', 'initiative.status as initiative_status', 'edition.status as edition_status'])
      .where('initiative_presenter.person_id', '=', personId)
      .execute();
    const isPublished = (row: { edition_status: string }, status: string) => row.edition_status === 'published' && status === 'published';
    const isPublicRole = (role: (typeof roles)[number]) =>
      isPublished(role, role.session_status) && (role.status === 'confirmed' || !dialect.decodeBoolean(role.hide_unconfirmed_roles));
    const appearances: PersonAppearances = {
      editionIds: [...new Set([...roles.map((role) => role.edition_id), ...presented.map((row) => row.edition_id)])],
      hasPublishedAppearance: roles.some(isPublicRole) || presented.some((row) => isPublished(row, row.initiative_status)),
    };
    if (!canSeePerson(this.actor, appearances)) throw notFound('person');
    const privateDetails = canSeePersonPrivateDetails(this.actor, appearances);
    return {
      id: person.id, name: person.name, honorific: person.honorific, bio: dialect.decodeJson<LocalizedText | null>(person.bio),
      roleTitle: dialect.decodeJson<LocalizedText | null>(person.role_title), organisationId: person.organisation_id, country: person.country,
      roles: roles
        .filter((role) => privateDetails || isPublicRole(role))
        .map((role) => ({ editionId: role.edition_id, sessionId: role.session_id, role: role.role, status: role.status })),
      ...(privateDetails ? { email: person.email, gender: person.gender } : {}),
    };
  }
}
