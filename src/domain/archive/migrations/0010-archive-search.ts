import { PostgresAdapter, sql } from 'kysely';
import type { SchemaMigration } from '../../../db/migration.js';
import { createPostgresSearchSchema } from '../search/search-engine-postgres.js';
import { createSqliteSearchSchema } from '../search/search-engine-sqlite.js';

/** The derived full-text index of the public archive; the engine-specific part lives with each engine. */
export const archiveSearchMigration: SchemaMigration = {
  name: '0010-archive-search',
  async up(db, types) {
    const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
    await db.schema
      .createTable('archive_search_document')
      .addColumn('id', postgres ? 'bigserial' : 'integer', (c) => c.primaryKey())
      .addColumn('key', 'text', (c) => c.notNull().unique())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('entity_id', 'text', (c) => c.notNull())
      .addColumn('edition_id', 'text')
      .addColumn('edition_ids', 'text', (c) => c.notNull())
      .addColumn('theme_ids', 'text', (c) => c.notNull())
      .addColumn('country', 'text')
      .addColumn('organisation_kind', 'text')
      .addColumn('format', 'text')
      .addColumn('facet_key', 'text', (c) => c.notNull())
      .addColumn('code', 'text')
      .addColumn('title_tokens', 'text', (c) => c.notNull())
      .addColumn('body_tokens', 'text', (c) => c.notNull())
      .addColumn('tag_tokens', 'text', (c) => c.notNull())
      .addColumn('texts', types.json, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('archive_search_document_edition_index').on('archive_search_document').column('edition_id').execute();
    await db.schema.createIndex('archive_search_document_entity_index').on('archive_search_document').columns(['kind', 'entity_id']).execute();
    await db.schema.createIndex('archive_search_document_code_index').on('archive_search_document').column('code').execute();
    // Facets are counted from this narrow index, never from the wide rows.
    await db.schema.createIndex('archive_search_document_facet_index').on('archive_search_document').columns(['id', 'facet_key']).execute();
    await db.schema
      .createTable('archive_search_state')
      .addColumn('part', 'text', (c) => c.primaryKey())
      .addColumn('fingerprint', 'text', (c) => c.notNull())
      .addColumn('refreshed_at', 'text', (c) => c.notNull().defaultTo(sql`''`))
      .execute();
    await (postgres ? createPostgresSearchSchema(db) : createSqliteSearchSchema(db));
  },
};
