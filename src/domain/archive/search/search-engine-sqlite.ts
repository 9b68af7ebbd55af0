import { sql, type Kysely } from 'kysely';
import type { Db } from '../../../db/database.js';
import type { PreparedQuery } from './prepare-text.js';
import { candidateColumns, filterTags, safeToken, type CandidateRow, type FacetGroupRow, type ResolvedFilters, type SearchEngine } from './search-engine.js';

/**
 * SQLite: a contentless FTS5 table over the prepared tokens, kept in step with the documents by
 * triggers; `unicode61 remove_diacritics 2` only re-splits what TypeScript already prepared.
 */
export async function createSqliteSearchSchema(db: Kysely<any>): Promise<void> {
  await sql`create virtual table archive_search_fts using fts5(
    title, body, tags, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2', prefix='2 3 4')`.execute(db);
  await sql`create trigger archive_search_document_insert after insert on archive_search_document begin
    insert into archive_search_fts(rowid, title, body, tags) values (new.id, new.title_tokens, new.body_tokens, new.tag_tokens); end`.execute(db);
  await sql`create trigger archive_search_document_delete after delete on archive_search_document begin
    delete from archive_search_fts where rowid = old.id; end`.execute(db);
  await sql`create trigger archive_search_document_update after update of title_tokens, body_tokens, tag_tokens on archive_search_document begin
    delete from archive_search_fts where rowid = old.id;
    insert into archive_search_fts(rowid, title, body, tags) values (new.id, new.title_tokens, new.body_tokens, new.tag_tokens); end`.execute(db);
}

/**
 * `{title body} : (("a" OR "b" OR "c"*) AND (…)) AND tags : "zk…"`: every token quoted, so no user
 * character is FTS5 syntax; the user's words never reach the facet tags, the filters only them.
 */
export function fts5MatchExpression(query: PreparedQuery, titleOnly = false, filters: ResolvedFilters = {}): string {
  const expression = query.terms
    .map((term) => {
      const prefix = term.prefix === null ? '' : safeToken(term.prefix);
      // A word the prefix already covers is left out: fewer lists for FTS5 to merge.
      const options = term.exact.map(safeToken).filter((token) => token && !(prefix && token.startsWith(prefix))).map((token) => `"${token}"`);
      if (prefix) options.push(`"${prefix}"*`);
      return `(${options.join(' OR ')})`;
    })
    .join(' AND ');
  const tags = filterTags(filters).map((tag) => ` AND tags : "${safeToken(tag)}"`).join('');
  return `${titleOnly ? 'title' : '{title body}'} : (${expression})${tags}`;
}

export const sqliteSearchEngine: SearchEngine = {
  async facetGroups(db, query, cap) {
    const { rows } = await sql<FacetGroupRow>`
      select d.facet_key, count(*) as n
      from (select rowid from archive_search_fts where archive_search_fts match ${fts5MatchExpression(query)} order by rowid desc limit ${sql.lit(Math.trunc(cap))}) f
        join archive_search_document d indexed by archive_search_document_facet_index on d.id = f.rowid
      group by d.facet_key`.execute(db);
    return rows;
  },
  async candidates(db, query, filters, limit, mode, titleOnly = false) {
    const match = fts5MatchExpression(query, titleOnly, filters);
    const { rows } = mode === 'ranked'
      ? await sql<CandidateRow>`
        select ${candidateColumns}
        from archive_search_fts f join archive_search_document d on d.id = f.rowid
        where archive_search_fts match ${match}
        order by bm25(archive_search_fts, 10.0, 1.0, 0.0), d.kind, d.entity_id
        limit ${limit}`.execute(db)
      : await sql<CandidateRow>`
        select ${candidateColumns}
        from (select rowid from archive_search_fts where archive_search_fts match ${match} order by rowid desc limit ${sql.lit(Math.trunc(limit))}) f
          join archive_search_document d on d.id = f.rowid
        order by f.rowid desc`.execute(db);
    return rows;
  },
  async afterDocumentsChanged() {
    // Triggers keep FTS5 in step.
  },
  async afterFullRebuild(trx: Db) {
    await sql`analyze archive_search_document`.execute(trx);
  },
  async lockForRebuild(trx: Db) {
    // A first write takes SQLite's write lock at once (waiting for other writers), so a rebuild
    // never finds its deferred transaction unable to upgrade.
    await sql`update archive_search_state set fingerprint = fingerprint where part = 'lock'`.execute(trx);
  },
};
