import type { SchemaMigration } from '../../../db/migration.js';

export const archiveImportMigration: SchemaMigration = {
  name: '0011-archive-import',
  async up(db, types) {
    await db.schema
      .createTable('archive_document')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('edition_id', 'text', (c) => c.references('edition.id').onDelete('cascade'))
      .addColumn('file_name', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('language', 'text', (c) => c.notNull())
      .addColumn('sha256', 'text', (c) => c.notNull().unique())
      .addColumn('parsed', types.json, (c) => c.notNull())
      .addColumn('imported_at', 'text', (c) => c.notNull())
      .addColumn('imported_by_user_id', 'text')
      .execute();
    await db.schema.createIndex('archive_document_edition_index').on('archive_document').column('edition_id').execute();
    await db.schema
      .createTable('archive_source_key')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('entity_id', 'text', (c) => c.notNull())
      .addUniqueConstraint('archive_source_key_unique', ['kind', 'key'])
      .execute();
  },
};
