import { PostgresAdapter, sql } from 'kysely';
import type { Db } from '../../../db/database.js';
import type { SchemaMigration } from '../../../db/migration.js';
import { createPostgresTokenTable, indexTokenBitmaps, type TokenSource } from '../search/token-bitmaps-postgres.js';

/**
 * PostgreSQL only: the vocabulary of the index with, for common words, the set of documents as a
 * bitmap (see `token-bitmaps-postgres.ts`), made at once from the documents already indexed.
 */
export const archiveSearchBitmapsMigration: SchemaMigration = {
  name: '0021-archive-search-bitmaps',
  async up(db) {
    if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
    await createPostgresTokenTable(db);
    const { rows } = await sql<TokenSource>`select key, title_tokens, body_tokens, tag_tokens from archive_search_document`.execute(db);
    await indexTokenBitmaps(db as unknown as Db, rows, 0, true);
  },
};
