import type { SchemaMigration } from '../../../db/migration.js';

export const auditMigration: SchemaMigration = {
  name: '0006-audit',
  async up(db, types) {
    await db.schema
      .createTable('audit_entry')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('edition_id', 'text', (c) => c.references('edition.id').onDelete('cascade'))
      .addColumn('actor_user_id', 'text', (c) => c.references('user_account.id').onDelete('set null'))
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('entity_type', 'text', (c) => c.notNull())
      .addColumn('entity_id', 'text', (c) => c.notNull())
      .addColumn('before', types.json)
      .addColumn('after', types.json)
      .addColumn('at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('audit_entry_edition_index').on('audit_entry').columns(['edition_id', 'at']).execute();
  },
};
