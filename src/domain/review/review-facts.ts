import type { Db } from '../../db/database.js';
import type { DatabaseDialect } from '../../db/dialect/index.js';
import type { ReviewerFacts, SubmissionFacts } from './conflicts/index.js';

export interface ReviewerProfileView {
  userId: string;
  email: string;
  displayName: string;
  languages: string[];
  themes: string[];
  maxLoad: number;
  organisationName: string | null;
  networks: string[];
  city: string | null;
  country: string | null;
}

/** Networks are compared by name, folded, so "RIPESS" in a profile meets "Ripess" in a proposal. */
const networkKey = (name: string) => name.normalize('NFKD').replace(/\p{M}/gu, '').trim().toLowerCase();

export async function loadReviewerProfiles(db: Db, dialect: DatabaseDialect, editionId: string, userId?: string): Promise<ReviewerProfileView[]> {
  let query = db
    .selectFrom('reviewer_profile')
    .innerJoin('user_account', 'user_account.id', 'reviewer_profile.user_id')
    .innerJoin('edition_membership', (join) =>
      join.onRef('edition_membership.user_id', '=', 'reviewer_profile.user_id').onRef('edition_membership.edition_id', '=', 'reviewer_profile.edition_id').on('edition_membership.role', '=', 'reviewer'))
    .select([
      'reviewer_profile.user_id', 'user_account.email', 'user_account.display_name', 'reviewer_profile.languages', 'reviewer_profile.themes', 'reviewer_profile.max_load',
      'reviewer_profile.organisation_name', 'reviewer_profile.networks', 'reviewer_profile.city', 'reviewer_profile.country',
    ])
    .where('reviewer_profile.edition_id', '=', editionId)
    .orderBy('user_account.email');
  if (userId) query = query.where('reviewer_profile.user_id', '=', userId);
  const rows = await query.execute();
  return rows.map((row) => ({
    userId: row.user_id, email: row.email, displayName: row.display_name, languages: dialect.decodeJson(row.languages) as string[],
    themes: dialect.decodeJson(row.themes) as string[], maxLoad: row.max_load, organisationName: row.organisation_name,
    networks: dialect.decodeJson(row.networks) as string[], city: row.city, country: row.country,
  }));
}

export async function reviewerFacts(db: Db, profiles: readonly ReviewerProfileView[]): Promise<ReviewerFacts[]> {
  if (profiles.length === 0) return [];
  const persons = await db.selectFrom('user_account').select(['id', 'person_id']).where('id', 'in', profiles.map((profile) => profile.userId)).execute();
  const personOf = new Map(persons.map((row) => [row.id, row.person_id]));
  return profiles.map((profile) => ({
    userId: profile.userId, personId: personOf.get(profile.userId) ?? null, name: profile.displayName, email: profile.email,
    organisationIds: [], organisationNames: profile.organisationName ? [profile.organisationName] : [], networkIds: profile.networks.map(networkKey),
    city: profile.city, country: profile.country,
  }));
}

/** The facts of the edition's sent submissions (or of the ones named) that conflicts are found from. */
export async function submissionFacts(db: Db, dialect: DatabaseDialect, editionId: string, submissionIds?: readonly string[]): Promise<SubmissionFacts[]> {
  let query = db
    .selectFrom('submission')
    .select(['id', 'owner_user_id', 'organisation_name', 'networks', 'city', 'country'])
    .where('edition_id', '=', editionId)
    .where('status', '=', 'submitted');
  if (submissionIds) {
    if (submissionIds.length === 0) return [];
    query = query.where('id', 'in', submissionIds);
  }
  const rows = await query.execute();
  if (rows.length === 0) return [];
  const presenters = await db
    .selectFrom('submission_presenter')
    .leftJoin('user_account', 'user_account.id', 'submission_presenter.user_id')
    .select(['submission_presenter.submission_id', 'submission_presenter.user_id', 'submission_presenter.name', 'submission_presenter.email', 'submission_presenter.role', 'user_account.person_id'])
    .where('submission_presenter.submission_id', 'in', rows.map((row) => row.id))
    .execute();
  return rows.map((row) => ({
    id: row.id, ownerUserId: row.owner_user_id, organisationId: null, organisationName: row.organisation_name,
    networkIds: (dialect.decodeJson(row.networks) as string[]).map(networkKey), city: row.city, country: row.country,
    presenters: presenters
      .filter((presenter) => presenter.submission_id === row.id)
      .map((presenter) => ({ personId: presenter.person_id ?? null, userId: presenter.user_id, name: presenter.name, email: presenter.email, role: presenter.role })),
  }));
}
