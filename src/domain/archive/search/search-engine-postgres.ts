import { sql, type Kysely } from 'kysely';
import type { Db } from '../../../db/database.js';
import type { PreparedQuery } from './prepare-text.js';
import { bitmapPlanFor, type BitmapPlan } from './bitmap-plan-postgres.js';
import { candidateColumns, filterTags, safeToken, type CandidateRow, type FacetGroupRow, type ResolvedFilters, type SearchEngine } from './search-engine.js';
import { indexTokenBitmaps } from './token-bitmaps-postgres.js';

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

/**
 * Deciding a match needs only the GIN index, but PostgreSQL still visits each matching row, and the
 * document rows are wide (about 650 bytes): thousands of matches meant thousands of scattered pages.
 * This narrow copy (id, facet key, the two vectors kept out of line) packs about a hundred rows a
 * page, so matching and counting touch few, cached pages; a trigger keeps it in step with the
 * documents, and deleting a document deletes its row.
 */
export async function createPostgresMatchTable(db: Kysely<any>): Promise<void> {
  await sql`create table archive_search_match (
    id bigint primary key references archive_search_document (id) on delete cascade,
    facet_key text not null,
    title_vector tsvector not null,
    search_vector tsvector not null)`.execute(db);
  await sql`alter table archive_search_match alter column title_vector set storage external, alter column search_vector set storage external`.execute(db);
  await sql`alter table archive_search_match set (toast_tuple_target = 128)`.execute(db);
  await sql`create index archive_search_match_title_index on archive_search_match using gin (title_vector)`.execute(db);
  await sql`create index archive_search_match_vector_index on archive_search_match using gin (search_vector)`.execute(db);
  await sql`create function archive_search_match_copy() returns trigger language plpgsql as $$
    begin
      insert into archive_search_match (id, facet_key, title_vector, search_vector) values (new.id, new.facet_key, new.title_vector, new.search_vector);
      return new;
    end $$`.execute(db);
  await sql`create trigger archive_search_match_copy after insert on archive_search_document for each row execute function archive_search_match_copy()`.execute(db);
  await sql`insert into archive_search_match (id, facet_key, title_vector, search_vector) select id, facet_key, title_vector, search_vector from archive_search_document`.execute(db);
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

/** Ranking by ts_rank needs every match's vectors: past this many, GIN's own query is as good. */
const maxRankedIds = 5000;

async function rowsById(db: Db, ids: number[]): Promise<(CandidateRow & { id: string | number })[]> {
  if (ids.length === 0) return [];
  const { rows } = await sql<CandidateRow & { id: string | number }>`select d.id, ${candidateColumns} from archive_search_document d
    where d.id = any(${ids}::bigint[]) order by d.id desc`.execute(db);
  return rows;
}

/** The newest matches, read with the title matches when those are too few: a search asks for them next (see `CandidateMode`). */
const readAhead = new WeakMap<BitmapPlan, Map<string, CandidateRow[]>>();

async function newestFromBitmaps(db: Db, plan: BitmapPlan, filters: ResolvedFilters, limit: number, titleOnly: boolean): Promise<CandidateRow[] | null> {
  const key = JSON.stringify([filters, limit]);
  const ahead = titleOnly ? undefined : readAhead.get(plan)?.get(key);
  if (ahead) return ahead;
  const source = titleOnly ? await plan.titleMatches() : plan.matches;
  if (source === null) return null;
  const ids = plan.newestIds(source, filters, limit);
  const next = titleOnly && ids.length < limit ? plan.newestIds(plan.matches, filters, limit) : [];
  const rows = await rowsById(db, [...new Set([...ids, ...next])]);
  if (next.length === 0) return rows;
  const wanted = (list: number[]) => {
    const set = new Set(list);
    return rows.filter((row) => set.has(Number(row.id)));
  };
  readAhead.set(plan, new Map([[key, wanted(next)]]));
  return wanted(ids);
}

/**
 * Matches are found as bitmaps (see `bitmapPlanFor`): common words have theirs stored, rare ones
 * are read through GIN, ids only; facets and the newest matches come from walking the bitmap.
 * GIN alone would visit every matching row, thousands for a common word. Before the first full
 * build with bitmaps (or for a word with very many rare forms), GIN answers as it always did.
 */
export const postgresSearchEngine: SearchEngine = {
  async facetGroups(db, query, cap) {
    const plan = await bitmapPlanFor(db, query);
    if (plan) return plan.facetGroups(cap);
    // `materialized`: with a LIMIT and ORDER BY id, the planner would rather walk the primary key and test
    // every document's vector than take the GIN matches; the matches are always the smaller set here.
    const { rows } = await sql<FacetGroupRow>`
      with m as materialized (select id, facet_key from archive_search_match where search_vector @@ to_tsquery('simple', ${tsqueryExpression(query)}))
      select facet_key, count(*) as n from (select facet_key from m order by id desc limit ${cap}) newest
      group by facet_key`.execute(db);
    return rows;
  },
  async candidates(db, query, filters, limit, mode, titleOnly = false) {
    const words = sql`to_tsquery('simple', ${tsqueryWords(query)})`;
    const plan = await bitmapPlanFor(db, query);
    if (plan && mode === 'newest') {
      const rows = await newestFromBitmaps(db, plan, filters, limit, titleOnly);
      if (rows !== null) return rows;
    }
    if (plan && mode === 'ranked') {
      const ids = plan.newestIds(plan.matches, filters, maxRankedIds + 1);
      // Every match is a candidate: no need to order them.
      if (ids.length <= limit) return rowsById(db, ids);
      if (ids.length <= maxRankedIds) {
        const { rows } = await sql<CandidateRow>`
          select ${candidateColumns} from archive_search_document d where d.id = any(${ids}::bigint[])
          order by ts_rank(d.title_vector, ${words}, 0) + 0.1 * ts_rank(d.search_vector, ${words}, 0) desc, d.kind, d.entity_id
          limit ${limit}`.execute(db);
        return rows;
      }
    }
    if (mode === 'newest') {
      const tags = filterTags(filters).map((tag) => `'${safeToken(tag)}'`).join(' & ');
      const match = titleOnly
        ? sql`title_vector @@ ${words}${tags ? sql` and search_vector @@ to_tsquery('simple', ${tags})` : sql``}`
        : sql`search_vector @@ to_tsquery('simple', ${tsqueryExpression(query, filters)})`;
      const { rows } = await sql<CandidateRow>`
        with m as materialized (select id from archive_search_match where ${match})
        select ${candidateColumns} from archive_search_document d join (select id from m order by id desc limit ${limit}) newest on newest.id = d.id
        order by d.id desc`.execute(db);
      return rows;
    }
    const { rows } = await sql<CandidateRow>`
      select ${candidateColumns} from archive_search_document d
      where d.search_vector @@ to_tsquery('simple', ${tsqueryExpression(query, filters)})
      order by ts_rank(d.title_vector, ${words}, 0) + 0.1 * ts_rank(d.search_vector, ${words}, 0) desc, d.kind, d.entity_id
      limit ${limit}`.execute(db);
    return rows;
  },
  async afterDocumentsChanged(trx, documents, previousMaxId, full) {
    await indexTokenBitmaps(trx, documents, previousMaxId, full);
  },
  async lockForRebuild(trx: Db) {
    // Per schema: databases living side by side in schemas never wait for each other.
    await sql`select pg_advisory_xact_lock(hashtext(current_schema() || ':archive_search'))`.execute(trx);
  },
  async afterFullRebuild(trx: Db) {
    await sql`analyze archive_search_document`.execute(trx);
    await sql`analyze archive_search_match`.execute(trx);
    await sql`analyze archive_search_token`.execute(trx);
  },
};
