import { sql, type Kysely } from 'kysely';
import type { Db } from '../../../db/database.js';
import type { PreparedQuery } from './prepare-text.js';
import { candidateColumns, filterTags, safeToken, type CandidateRow, type FacetGroupRow, type ResolvedFilters, type SearchEngine } from './search-engine.js';

/**
 * PostgreSQL: `tsvector`s built by the 'simple' configuration (lower case only: the words are
 * already folded and stemmed) under GIN indexes: one of the title, one of everything (title, texts
 * and facet tags). No weights: a GIN match with weights must re-read every row to check them. The
 * wide columns go to TOAST, so that the rows a match visits stay narrow.
 */
export async function createPostgresSearchSchema(db: Kysely<any>): Promise<void> {
  await sql`alter table archive_search_document
    add column title_vector tsvector generated always as (to_tsvector('simple'::regconfig, title_tokens)) stored,
    add column search_vector tsvector generated always as (to_tsvector('simple'::regconfig, title_tokens || ' ' || body_tokens || ' ' || tag_tokens)) stored`.execute(db);
  await sql`create index archive_search_document_title_vector_index on archive_search_document using gin (title_vector)`.execute(db);
  await sql`create index archive_search_document_vector_index on archive_search_document using gin (search_vector)`.execute(db);
  await sql`alter table archive_search_document
    alter column texts set storage external, alter column title_tokens set storage external, alter column body_tokens set storage external,
    alter column tag_tokens set storage external, alter column title_vector set storage external, alter column search_vector set storage external`.execute(db);
  await sql`alter table archive_search_document set (toast_tuple_target = 128)`.execute(db);
}

/** `('a' | 'b' | 'c':*) & (…)`: tokens are letters and digits only, each quoted. */
export function tsqueryWords(query: PreparedQuery): string {
  return query.terms
    .map((term) => {
      const prefix = term.prefix === null ? '' : safeToken(term.prefix);
      const options = term.exact.map(safeToken).filter((token) => token && !(prefix && token.startsWith(prefix))).map((token) => `'${token}'`);
      if (prefix) options.push(`'${prefix}':*`);
      return `(${options.join(' | ')})`;
    })
    .join(' & ');
}

/** The words and the filters' tags, all to be found in the whole-document vector. */
export function tsqueryExpression(query: PreparedQuery, filters: ResolvedFilters = {}): string {
  return [tsqueryWords(query), ...filterTags(filters).map((tag) => `'${safeToken(tag)}'`)].join(' & ');
}

export const postgresSearchEngine: SearchEngine = {
  async facetGroups(db, query, cap) {
    const { rows } = await sql<FacetGroupRow>`
      select m.facet_key, count(*) as n
      from (select d.facet_key from archive_search_document d where d.search_vector @@ to_tsquery('simple', ${tsqueryExpression(query)}) order by d.id desc limit ${cap}) m
      group by m.facet_key`.execute(db);
    return rows;
  },
  async candidates(db, query, filters, limit, mode, titleOnly = false) {
    const words = sql`to_tsquery('simple', ${tsqueryWords(query)})`;
    const match = titleOnly
      ? sql`d.title_vector @@ ${words}${filterTags(filters).length > 0 ? sql` and d.search_vector @@ to_tsquery('simple', ${filterTags(filters).map((tag) => `'${safeToken(tag)}'`).join(' & ')})` : sql``}`
      : sql`d.search_vector @@ to_tsquery('simple', ${tsqueryExpression(query, filters)})`;
    const order = mode === 'ranked'
      ? sql`ts_rank(d.title_vector, ${words}, 0) + 0.1 * ts_rank(d.search_vector, ${words}, 0) desc, d.kind, d.entity_id`
      : sql`d.id desc`;
    const { rows } = await sql<CandidateRow>`
      select ${candidateColumns} from archive_search_document d
      where ${match}
      order by ${order}
      limit ${limit}`.execute(db);
    return rows;
  },
  async lockForRebuild(trx: Db) {
    // Per schema: databases living side by side in schemas never wait for each other.
    await sql`select pg_advisory_xact_lock(hashtext(current_schema() || ':archive_search'))`.execute(trx);
  },
  async afterFullRebuild(trx: Db) {
    await sql`analyze archive_search_document`.execute(trx);
  },
};
