import type { Db } from '../../db/database.js';
import type { DatabaseDialect } from '../../db/dialect/index.js';
import type { LocalizedText } from '../text/localized-text.js';
import type { SelectionCandidate } from './balance/index.js';

export interface CandidateDetails {
  id: string;
  title: LocalizedText;
  summary: LocalizedText | null;
  kind: string;
  organisationName: string | null;
  city: string | null;
  ownerUserId: string;
}

/**
 * The edition's sent proposals as the selection sees them, each with its mean review score. A
 * proposal is "returning" when one of its presenters' addresses already appears in another edition
 * (a proposal sent there, or a person of its program).
 */
export async function loadCandidates(db: Db, dialect: DatabaseDialect, editionId: string): Promise<{ candidates: SelectionCandidate[]; details: Map<string, CandidateDetails> }> {
  const rows = await db
    .selectFrom('submission')
    .select(['id', 'kind', 'title', 'summary', 'language', 'organisation_name', 'organisation_kind', 'city', 'country', 'themes', 'sdgs', 'owner_user_id'])
    .where('edition_id', '=', editionId)
    .where('status', '=', 'submitted')
    .orderBy('id')
    .execute();
  if (rows.length === 0) return { candidates: [], details: new Map() };
  const ids = rows.map((row) => row.id);
  const [presenters, reviews] = await Promise.all([
    db.selectFrom('submission_presenter').select(['submission_id', 'email', 'gender']).where('submission_id', 'in', ids).execute(),
    db.selectFrom('review').select(['submission_id', 'weighted_score']).where('edition_id', '=', editionId).where('status', '=', 'submitted').execute(),
  ]);
  const emails = [...new Set(presenters.map((presenter) => presenter.email))];
  const returningEmails = new Set<string>();
  for (let start = 0; start < emails.length; start += 500) {
    const batch = emails.slice(start, start + 500);
    const elsewhere = await db
      .selectFrom('submission_presenter')
      .innerJoin('submission', 'submission.id', 'submission_presenter.submission_id')
      .select('submission_presenter.email')
      .where('submission.edition_id', '!=', editionId)
      .where('submission_presenter.email', 'in', batch)
      .union(
        db.selectFrom('person')
          .innerJoin('session_person_role', 'session_person_role.person_id', 'person.id')
          .innerJoin('session', 'session.id', 'session_person_role.session_id')
          .select((eb) => eb.fn.coalesce('person.email', eb.val('')).as('email'))
          .where('session.edition_id', '!=', editionId)
          .where('person.email', 'in', batch),
      )
      .execute();
    for (const row of elsewhere) if (row.email) returningEmails.add(row.email.toLowerCase());
  }
  const scores = new Map<string, number[]>();
  for (const review of reviews) if (review.weighted_score !== null) scores.set(review.submission_id, [...(scores.get(review.submission_id) ?? []), Number(review.weighted_score)]);
  const json = <T>(value: unknown) => dialect.decodeJson(value) as T;
  const candidates = rows.map((row): SelectionCandidate => {
    const own = presenters.filter((presenter) => presenter.submission_id === row.id);
    const list = scores.get(row.id) ?? [];
    return {
      id: row.id, score: list.length === 0 ? null : list.reduce((a, b) => a + b, 0) / list.length, country: row.country, language: row.language,
      organisationKind: row.organisation_kind, presenterGenders: own.map((presenter) => presenter.gender), themes: json<string[]>(row.themes), sdgs: json<number[]>(row.sdgs),
      returning: own.some((presenter) => returningEmails.has(presenter.email)),
    };
  });
  const details = new Map(rows.map((row) => [row.id, {
    id: row.id, title: json<LocalizedText>(row.title), summary: row.summary === null ? null : json<LocalizedText>(row.summary), kind: row.kind,
    organisationName: row.organisation_name, city: row.city, ownerUserId: row.owner_user_id,
  }]));
  return { candidates, details };
}
