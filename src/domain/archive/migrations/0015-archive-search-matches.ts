import { PostgresAdapter } from 'kysely';
import type { SchemaMigration } from '../../../db/migration.js';
import { createPostgresMatchTable } from '../search/search-engine-postgres.js';

/** PostgreSQL only: the narrow table that words are matched and facets counted on (see the engine). */
export const archiveSearchMatchesMigration: SchemaMigration = {
  name: '0015-archive-search-matches',
  async up(db) {
    if (db.getExecutor().adapter instanceof PostgresAdapter) await createPostgresMatchTable(db);
  },
};
