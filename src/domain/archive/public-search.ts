import { sql, type Expression, type SqlBool } from 'kysely';
import type { AppContext } from '../context.js';
import type { LocalizedText } from '../text/localized-text.js';

export type SearchHitKind = 'session' | 'initiative' | 'person' | 'organisation';

export interface SearchHit {
  kind: SearchHitKind;
  id: string;
  editionSlug: string | null;
  editionName: LocalizedText | null;
  title: LocalizedText | string;
  code: string | null;
  format: string | null;
  country: string | null;
}

export interface SearchQuery {
  text: string;
  kind?: SearchHitKind;
  edition?: string;
  country?: string;
  format?: string;
}

export interface SearchResult {
  hits: SearchHit[];
  facets: { kind: Record<string, number>; edition: Record<string, number>; country: Record<string, number>; format: Record<string, number> };
  total: number;
}

const perKindLimit = 200;

/** `%text%` for LIKE, with the user's own % and _ taken literally. */
function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/** Case-insensitive containment in any column; JSON columns are searched in every language at once. */
function matches(columns: Expression<unknown>[], pattern: string): Expression<SqlBool> {
  const conditions = columns.map((column) => sql<SqlBool>`lower(cast(${column} as text)) like ${pattern} escape '\\'`);
  return sql<SqlBool>`(${sql.join(conditions, sql` or `)})`;
}

function count(values: (string | null)[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) if (value) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

/**
 * Searches what is public in every edition: published sessions, initiatives, the people who
 * appear in them and their organisations. Facets count the matches before the chosen filters.
 */
export async function searchPublicArchive(context: AppContext, query: SearchQuery): Promise<SearchResult> {
  const { db, dialect } = context.storage;
  const pattern = containsPattern(query.text.trim());
  const sessions = await db.selectFrom('session').innerJoin('edition', 'edition.id', 'session.edition_id')
    .select(['session.id', 'session.code', 'session.title', 'session.format', 'edition.slug', 'edition.name as edition_name'])
    .where('session.status', '=', 'published').where('edition.status', '=', 'published')
    .where(({ ref }) => matches([ref('session.title'), ref('session.summary'), ref('session.code')], pattern))
    .orderBy('session.id').limit(perKindLimit).execute();
  const initiatives = await db.selectFrom('initiative').innerJoin('edition', 'edition.id', 'initiative.edition_id')
    .select(['initiative.id', 'initiative.code', 'initiative.title', 'initiative.country', 'edition.slug', 'edition.name as edition_name'])
    .where('initiative.status', '=', 'published').where('edition.status', '=', 'published')
    .where(({ ref }) => matches([ref('initiative.title'), ref('initiative.description'), ref('initiative.city'), ref('initiative.code')], pattern))
    .orderBy('initiative.id').limit(perKindLimit).execute();
  const people = await db.selectFrom('person')
    .select(['person.id', 'person.name', 'person.country'])
    .where(({ ref }) => matches([ref('person.name')], pattern))
    .where(({ exists, selectFrom }) => exists(selectFrom('session_person_role').innerJoin('session', 'session.id', 'session_person_role.session_id')
      .innerJoin('edition', 'edition.id', 'session.edition_id').select('session_person_role.id')
      .whereRef('session_person_role.person_id', '=', 'person.id').where('session.status', '=', 'published').where('edition.status', '=', 'published')
      .where((eb) => eb.or([eb('edition.hide_unconfirmed_roles', '=', false), eb('session_person_role.status', '=', 'confirmed')]))))
    .orderBy('person.name').orderBy('person.id').limit(perKindLimit).execute();
  const organisations = await db.selectFrom('organisation')
    .select(['organisation.id', 'organisation.name', 'organisation.acronym', 'organisation.country'])
    .where(({ ref }) => matches([ref('organisation.name'), ref('organisation.acronym')], pattern))
    .where(({ exists, selectFrom }) => exists(selectFrom('initiative').innerJoin('edition', 'edition.id', 'initiative.edition_id').select('initiative.id')
      .whereRef('initiative.organisation_id', '=', 'organisation.id').where('initiative.status', '=', 'published').where('edition.status', '=', 'published')))
    .orderBy('organisation.id').limit(perKindLimit).execute();
  const text = (raw: unknown) => dialect.decodeJson<LocalizedText>(raw);
  const all: SearchHit[] = [
    ...sessions.map((row) => ({ kind: 'session' as const, id: row.id, editionSlug: row.slug, editionName: text(row.edition_name), title: text(row.title), code: row.code, format: row.format, country: null })),
    ...initiatives.map((row) => ({ kind: 'initiative' as const, id: row.id, editionSlug: row.slug, editionName: text(row.edition_name), title: text(row.title), code: row.code, format: null, country: row.country })),
    ...people.map((row) => ({ kind: 'person' as const, id: row.id, editionSlug: null, editionName: null, title: row.name, code: null, format: null, country: row.country })),
    ...organisations.map((row) => ({ kind: 'organisation' as const, id: row.id, editionSlug: null, editionName: null, title: text(row.name), code: row.acronym, format: null, country: row.country })),
  ];
  const hits = all.filter((hit) =>
    (!query.kind || hit.kind === query.kind) && (!query.edition || hit.editionSlug === query.edition) &&
    (!query.country || hit.country === query.country) && (!query.format || hit.format === query.format));
  return {
    hits,
    total: hits.length,
    facets: {
      kind: count(all.map((hit) => hit.kind)), edition: count(all.map((hit) => hit.editionSlug)),
      country: count(all.map((hit) => hit.country)), format: count(all.map((hit) => hit.format)),
    },
  };
}
